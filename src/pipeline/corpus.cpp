// pipeline/corpus.cpp — extract_corpus: reading on this thread, extraction on worker threads
// (parallel/workers.hpp), results handed on in input order.
#include "verbatim/pipeline.hpp"

#include <algorithm>
#include <exception>

#include "parallel/workers.hpp"
#include "pipeline/article.hpp"

namespace verbatim {
namespace {

/// A batch of documents read in a row: workers take whole batches, so that the threads meet
/// once per batch, not once per (often short) article.
using batch = std::vector<document>;

struct batch_result {
    batch docs;
    std::vector<std::vector<quotation>> quotes;
    std::vector<std::vector<claim>> figures; ///< when asked for
    std::vector<std::vector<diagnostic>> notes;
    std::size_t failed = 0;
};

/// The quotations of one document, whatever goes wrong inside: an internal error (a bug the
/// document brought out) is reported at the document's file and line, the document yields no
/// quotations, and the run goes on with the rest (on a worker thread an escaping exception
/// would end the program). `failed` tells; it counts as an input error in the run's status.
std::vector<quotation> extract_guarded(document const& doc, std::vector<diagnostic>& notes, bool& failed, std::vector<claim>* figures) {
    try {
        return extract_findings(doc, &notes, figures);
    } catch (std::exception const& e) {
        notes.push_back({doc.origin, doc.line, severity::error,
                         "internal error while extracting document '" + doc.id + "' (skipped, please report it): " + e.what()});
        failed = true;
    }
    return {};
}

batch_result extract_batch(batch&& docs, bool figures) {
    batch_result r;
    r.quotes.resize(docs.size());
    r.notes.resize(docs.size());
    r.figures.resize(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        bool failed = false;
        r.quotes[i] = extract_guarded(docs[i], r.notes[i], failed, figures ? &r.figures[i] : nullptr);
        r.failed += failed ? 1 : 0;
    }
    r.docs = std::move(docs);
    return r;
}

/// The quotations of one long document, handed on part by part as they are found (its notes
/// first), whatever goes wrong inside (as extract_guarded).
void extract_parts_guarded(document const& doc, extraction_part_sink const& on_part, diagnostic_sink const& on_diagnostic,
                           std::size_t& failed) {
    std::vector<diagnostic> notes;
    std::size_t index = 0;
    auto flush_notes = [&] {
        for (auto const& n : notes) on_diagnostic(n);
        notes.clear();
    };
    try {
        extract_quotations(
            doc,
            [&](std::vector<quotation>& quotes) {
                flush_notes();
                on_part(doc, quotes, extraction_part{index++});
            },
            &notes);
    } catch (std::exception const& e) {
        notes.push_back({doc.origin, doc.line, severity::error,
                         "internal error while extracting document '" + doc.id + "' (skipped, please report it): " + e.what()});
        ++failed;
    }
    flush_notes();
    if (index == 0) { // (no part at all: the document still counts as handed on)
        std::vector<quotation> none;
        on_part(doc, none, extraction_part{0});
    }
}

/// What the entry points hand on: a document's quotations (a part of them), and its figures when
/// asked for (empty otherwise, and for the parts of a long document).
using findings_part_sink = std::function<void(document const&, std::vector<quotation>&, std::vector<claim>&, extraction_part)>;

/// What the entry points share: `in_parts` says whether long documents are handed on in parts,
/// `figures` whether each document's figures are read (on the worker threads).
ingest_stats run_extraction(std::vector<std::string> const& paths, unsigned jobs, findings_part_sink const& on_findings,
                            diagnostic_sink const& on_diagnostic, document_filter const& keep, bool in_parts, bool figures) {
    std::size_t failed = 0; // documents whose extraction failed (counted on this thread)
    std::vector<claim> no_figures;
    auto on_part = [&](document const& doc, std::vector<quotation>& quotes, extraction_part part) {
        no_figures.clear();
        on_findings(doc, quotes, no_figures, part);
    };
    auto whole = [&](document const& doc) {
        std::vector<diagnostic> notes;
        std::vector<claim> stated;
        bool bad = false;
        auto quotes = extract_guarded(doc, notes, bad, figures ? &stated : nullptr);
        failed += bad ? 1 : 0;
        for (auto const& n : notes) on_diagnostic(n);
        on_findings(doc, quotes, stated, extraction_part{0});
    };
    auto long_one = [&](document const& doc) { return in_parts && doc.text.size() > long_document_bytes; };
    if (jobs <= 1) {
        auto stats = read_documents(
            paths,
            [&](document&& doc) {
                if (keep && !keep(doc)) return;
                if (long_one(doc)) extract_parts_guarded(doc, on_part, on_diagnostic, failed);
                else whole(doc);
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
    // Batches read but not yet written: enough that one long article at the head of the queue
    // does not leave the other workers idle, few enough (in number and bytes) that memory stays
    // bounded. Results are written in input order by this thread, between reads and at the end.
    parallel::ordered_stream<batch, batch_result> stream(
        jobs, [figures](batch&& docs) { return extract_batch(std::move(docs), figures); },
        [&](batch_result&& r) {
            for (std::size_t i = 0; i < r.docs.size(); ++i) {
                for (auto const& n : r.notes[i]) on_diagnostic(n);
                on_findings(r.docs[i], r.quotes[i], r.figures[i], extraction_part{0});
            }
            failed += r.failed;
        },
        {.capacity = 4 * std::size_t{jobs}, .max_bytes = std::size_t{64} << 20U});
    batch pending;
    std::size_t pending_bytes = 0;
    auto hand_over = [&] {
        if (pending.empty()) return;
        stream.push(std::move(pending), pending_bytes);
        pending = batch{};
        pending_bytes = 0;
    };
    auto stats = read_documents(
        paths,
        [&](document&& doc) {
            if (keep) {
                stream.hand_on_ready(); // earlier results first: the filter may depend on them
                if (!keep(doc)) return;
            }
            if (long_one(doc)) {
                // (after the documents before it, on this thread, part by part)
                hand_over();
                stream.drain();
                extract_parts_guarded(doc, on_part, on_diagnostic, failed);
                return;
            }
            pending_bytes += doc.text.size();
            pending.push_back(std::move(doc));
            if (pending.size() >= batch_docs || pending_bytes >= batch_bytes) hand_over();
        },
        on_diagnostic);
    hand_over();
    stream.finish();
    stats.errors += failed;
    return stats;
}

} // namespace

ingest_stats extract_corpus(std::vector<std::string> const& paths, unsigned jobs, extraction_sink const& on_result,
                            diagnostic_sink const& on_diagnostic, document_filter const& keep) {
    return run_extraction(
        paths, jobs, [&](document const& doc, std::vector<quotation>& quotes, std::vector<claim>&, extraction_part) { on_result(doc, quotes); },
        on_diagnostic, keep, false, false);
}

ingest_stats extract_corpus_with_figures(std::vector<std::string> const& paths, unsigned jobs, findings_sink const& on_result,
                                         diagnostic_sink const& on_diagnostic) {
    return run_extraction(
        paths, jobs,
        [&](document const& doc, std::vector<quotation>& quotes, std::vector<claim>& figures, extraction_part) { on_result(doc, quotes, figures); },
        on_diagnostic, {}, false, true);
}

ingest_stats extract_corpus_in_parts(std::vector<std::string> const& paths, unsigned jobs, extraction_part_sink const& on_part,
                                     diagnostic_sink const& on_diagnostic) {
    return run_extraction(
        paths, jobs, [&](document const& doc, std::vector<quotation>& quotes, std::vector<claim>&, extraction_part part) { on_part(doc, quotes, part); },
        on_diagnostic, {}, true, false);
}

} // namespace verbatim
