// extract_corpus: reading on this thread, extraction on worker threads, results in input order.
#include "verbatim/pipeline.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace verbatim {
namespace {

struct job {
    std::size_t seq = 0;
    document doc;
};

struct result {
    document doc;
    std::vector<quotation> quotes;
    std::vector<diagnostic> notes;
    bool failed = false;
};

/// The quotations of one document, whatever goes wrong inside: an internal error (a bug the
/// document brought out) is reported at the document's file and line, the document yields no
/// quotations, and the run goes on with the rest (on a worker thread an escaping exception
/// would end the program). `failed` tells; it counts as an input error in the run's status.
std::vector<quotation> extract_guarded(document const& doc, std::vector<diagnostic>& notes, bool& failed) {
    try {
        return extract_quotations(doc, &notes);
    } catch (std::exception const& e) {
        notes.push_back({doc.origin, doc.line, severity::error,
                         "internal error while extracting document '" + doc.id + "' (skipped, please report it): " + e.what()});
        failed = true;
    }
    return {};
}

} // namespace

ingest_stats extract_corpus(std::vector<std::string> const& paths, unsigned jobs, extraction_sink const& on_result,
                            diagnostic_sink const& on_diagnostic, document_filter const& keep) {
    std::size_t failed = 0; // documents whose extraction failed (counted on this thread)
    if (jobs <= 1) {
        std::vector<diagnostic> notes;
        auto stats = read_documents(
            paths,
            [&](document&& doc) {
                if (keep && !keep(doc)) return;
                notes.clear();
                bool bad = false;
                auto quotes = extract_guarded(doc, notes, bad);
                failed += bad ? 1 : 0;
                for (auto const& n : notes) on_diagnostic(n);
                on_result(doc, quotes);
            },
            on_diagnostic);
        stats.errors += failed;
        return stats;
    }

    std::mutex mutex;
    std::condition_variable work_ready, result_ready;
    std::deque<job> work;
    std::map<std::size_t, result> done;
    // Documents read but not yet written: enough that one long article at the head of the
    // queue does not leave the other workers idle, few enough (in number and bytes) that memory
    // stays bounded.
    std::size_t const capacity = 16 * jobs;
    std::size_t const max_bytes_in_flight = std::size_t{64} << 20U;
    std::size_t in_flight = 0, next_seq = 0, bytes_in_flight = 0;
    bool reading_done = false;

    std::vector<std::thread> workers;
    for (unsigned w = 0; w < jobs; ++w)
        workers.emplace_back([&] {
            for (;;) {
                job j;
                {
                    std::unique_lock lock(mutex);
                    work_ready.wait(lock, [&] { return !work.empty() || reading_done; });
                    if (work.empty()) return;
                    j = std::move(work.front());
                    work.pop_front();
                }
                result r;
                r.quotes = extract_guarded(j.doc, r.notes, r.failed);
                r.doc = std::move(j.doc);
                {
                    std::lock_guard lock(mutex);
                    done.emplace(j.seq, std::move(r));
                }
                result_ready.notify_all();
            }
        });

    // Results are written in input order by this thread, between reads and at the end.
    std::size_t written = 0;
    auto write_ready = [&](bool wait_for_all) {
        for (;;) {
            std::optional<result> r;
            {
                std::unique_lock lock(mutex);
                if (wait_for_all) result_ready.wait(lock, [&] { return done.contains(written) || written == next_seq; });
                auto it = done.find(written);
                if (it == done.end()) return;
                r = std::move(it->second);
                done.erase(it);
                --in_flight;
                bytes_in_flight -= r->doc.text.size();
            }
            for (auto const& n : r->notes) on_diagnostic(n);
            on_result(r->doc, r->quotes);
            failed += r->failed ? 1 : 0;
            ++written;
        }
    };

    auto stats = read_documents(
        paths,
        [&](document&& doc) {
            if (keep) {
                write_ready(false); // earlier results first: the filter may depend on them
                if (!keep(doc)) return;
            }
            for (;;) {
                write_ready(false);
                std::unique_lock lock(mutex);
                if (in_flight == 0 || (in_flight < capacity && bytes_in_flight + doc.text.size() <= max_bytes_in_flight)) break;
                // Full: wait for the next result in order to be done, then write it.
                result_ready.wait(lock, [&] { return done.contains(written); });
            }
            {
                std::lock_guard lock(mutex);
                ++in_flight;
                bytes_in_flight += doc.text.size();
                work.push_back({next_seq++, std::move(doc)});
            }
            work_ready.notify_one();
        },
        on_diagnostic);
    {
        std::lock_guard lock(mutex);
        reading_done = true;
    }
    work_ready.notify_all();
    while (written < next_seq) write_ready(true);
    for (auto& t : workers) t.join();
    stats.errors += failed;
    return stats;
}

} // namespace verbatim
