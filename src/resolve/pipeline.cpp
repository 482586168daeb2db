// extract_corpus: reading on this thread, extraction on worker threads, results in input order.
#include "verbatim/pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace verbatim {
namespace {

/// A batch of documents read in a row: workers take whole batches, so that the threads meet
/// once per batch, not once per (often short) article.
struct job {
    std::size_t seq = 0;
    std::vector<document> docs;
};

struct result {
    std::vector<document> docs;
    std::vector<std::vector<quotation>> quotes;
    std::vector<std::vector<diagnostic>> notes;
    std::size_t failed = 0;
    std::size_t bytes = 0;
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

    // Batches: up to 64 articles or 1 MB. One article at a time when the input is a stream (its
    // reader may wait for the next line: what was read is handed on at once) or when a filter
    // decides what to read next from the results written so far.
    bool const streamed = std::find(paths.begin(), paths.end(), std::string("-")) != paths.end();
    std::size_t const batch_docs = streamed || keep ? 1 : 64;
    std::size_t const batch_bytes = std::size_t{1} << 20U;

    std::mutex mutex;
    std::condition_variable work_ready, result_ready;
    std::deque<job> work;
    std::map<std::size_t, result> done;
    // Batches read but not yet written: enough that one long article at the head of the queue
    // does not leave the other workers idle, few enough (in number and bytes) that memory stays
    // bounded.
    std::size_t const capacity = 4 * jobs;
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
                r.quotes.resize(j.docs.size());
                r.notes.resize(j.docs.size());
                for (std::size_t i = 0; i < j.docs.size(); ++i) {
                    bool failed = false;
                    r.quotes[i] = extract_guarded(j.docs[i], r.notes[i], failed);
                    r.failed += failed ? 1 : 0;
                    r.bytes += j.docs[i].text.size();
                }
                r.docs = std::move(j.docs);
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
                bytes_in_flight -= r->bytes;
            }
            for (std::size_t i = 0; i < r->docs.size(); ++i) {
                for (auto const& n : r->notes[i]) on_diagnostic(n);
                on_result(r->docs[i], r->quotes[i]);
            }
            failed += r->failed;
            ++written;
        }
    };

    job pending;
    std::size_t pending_bytes = 0;
    auto hand_over = [&] {
        if (pending.docs.empty()) return;
        for (;;) {
            write_ready(false);
            std::unique_lock lock(mutex);
            if (in_flight == 0 || (in_flight < capacity && bytes_in_flight + pending_bytes <= max_bytes_in_flight)) break;
            // Full: wait for the next result in order to be done, then write it.
            result_ready.wait(lock, [&] { return done.contains(written); });
        }
        {
            std::lock_guard lock(mutex);
            ++in_flight;
            bytes_in_flight += pending_bytes;
            pending.seq = next_seq++;
            work.push_back(std::move(pending));
        }
        work_ready.notify_one();
        pending = job{};
        pending_bytes = 0;
    };

    auto stats = read_documents(
        paths,
        [&](document&& doc) {
            if (keep) {
                write_ready(false); // earlier results first: the filter may depend on them
                if (!keep(doc)) return;
            }
            pending_bytes += doc.text.size();
            pending.docs.push_back(std::move(doc));
            if (pending.docs.size() >= batch_docs || pending_bytes >= batch_bytes) hand_over();
        },
        on_diagnostic);
    hand_over();
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
