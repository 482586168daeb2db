// verbatim/pipeline.hpp — reads articles and extracts their quotations on N threads, handing the
// results on in input order (so the output is the same whatever N).
//
//   verbatim::extract_corpus({"corpus/"}, 2,
//       [](verbatim::document const& d, std::vector<verbatim::quotation>& q) { write(d, q); },
//       [](verbatim::diagnostic const& d) { report(d); });
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "verbatim/claims.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim {

/// Called once per document, in input order, on one thread at a time.
using extraction_sink = std::function<void(document const&, std::vector<quotation>&)>;

/// Decides, on the calling thread and before extraction, whether a document is worth extracting.
using document_filter = std::function<bool(document const&)>;

/// Reads `paths` (as read_documents does), extracts each document's quotations on `jobs` worker
/// threads (1: on this thread), and calls `on_result` in input order. Input diagnostics go to
/// `on_diagnostic` as they are found; extraction notes go there just before their document's
/// result. Workers take documents in batches (up to 64 or 1 MB; one at a time from standard input
/// or with `keep`). Memory stays bounded: at most 4 batches per worker, and 64 MB, are in flight.
/// Documents `keep` turns down (when given) are neither extracted nor handed on.
ingest_stats extract_corpus(std::vector<std::string> const& paths, unsigned jobs, extraction_sink const& on_result,
                            diagnostic_sink const& on_diagnostic, document_filter const& keep = {});

/// One document's quotations and its figures (figures_of: the numbers it states in its own
/// voice), in input order, on one thread at a time.
using findings_sink = std::function<void(document const&, std::vector<quotation>&, std::vector<claim>&)>;

/// As extract_corpus, each document's figures read on the worker threads too (with the layout its
/// extraction made), for the claim-change report.
ingest_stats extract_corpus_with_figures(std::vector<std::string> const& paths, unsigned jobs, findings_sink const& on_result,
                                         diagnostic_sink const& on_diagnostic);

/// A document longer than this is extracted, and its quotations handed on, in parts (see
/// extract_quotations): no real news article is.
inline constexpr std::size_t long_document_bytes = std::size_t{1} << 20U;

/// Which part of a document's quotations a call brings, counted from 0 (its notes come before
/// part 0).
struct extraction_part {
    std::size_t index = 0;
};
using extraction_part_sink = std::function<void(document const&, std::vector<quotation>&, extraction_part)>;

/// As extract_corpus, for a caller that takes a long document's quotations in parts as they are
/// found (a streaming output): memory stays bounded by a part, however long the document. A long
/// document is extracted on this thread, after the documents before it are handed on.
ingest_stats extract_corpus_in_parts(std::vector<std::string> const& paths, unsigned jobs, extraction_part_sink const& on_part,
                                     diagnostic_sink const& on_diagnostic);

} // namespace verbatim
