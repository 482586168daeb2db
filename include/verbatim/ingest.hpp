// verbatim/ingest.hpp — reads news articles from files and folders, one document at a time.
//
//   verbatim::read_documents({"corpus/"}, [](verbatim::document&& d) { use(d); },
//                            [](verbatim::diagnostic const& d) { report(d); });
//   // .txt: one article; .jsonl: one per line; .csv: one per row; "-": JSONL on stdin
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim {

/// Called once per document, in input order; the document is the callee's to keep or drop.
using document_sink = std::function<void(document&&)>;
/// Called once per input problem; reading goes on with the rest.
using diagnostic_sink = std::function<void(diagnostic const&)>;

/// What one read went through.
struct ingest_stats {
    std::size_t files = 0;     ///< input files opened
    std::size_t documents = 0; ///< documents handed to the sink
    std::size_t bytes = 0;     ///< bytes read
    std::size_t errors = 0;    ///< diagnostics of severity error (bad records, unreadable files)
    std::size_t warnings = 0;
    std::size_t skipped = 0;   ///< files a folder walk left alone (notes: not .txt, .jsonl or .csv)
};

/// Reads every path in order: a folder recursively (files sorted by name, only `.txt`, `.jsonl`
/// and `.csv`; each other file a note, kind `skipped: …`), a file by its extension (one named
/// directly that is a PDF, an office document, an image or an archive is an error, not read),
/// `-` as JSONL on standard input. Streaming: at most one
/// record is held in memory at a time.
ingest_stats read_documents(std::vector<std::string> const& paths, document_sink const& on_document,
                            diagnostic_sink const& on_diagnostic);

/// Two statements to compare (`verbatim compare --pairs`), with the file's other columns.
struct claim_pair {
    std::string text_a, text_b;
    std::vector<std::pair<std::string, std::string>> columns; ///< (header, value), in file order
    std::size_t line = 0;
};
using claim_pair_sink = std::function<void(claim_pair&&)>;

/// Reads a TSV file (`-`: standard input) whose header row names `text_a` and `text_b`; fields
/// holding tabs, newlines or quote marks are quoted with inner quotes doubled. A bad row is
/// reported with its line and skipped.
ingest_stats read_claim_pairs(std::string const& path, claim_pair_sink const& on_pair, diagnostic_sink const& on_diagnostic);

/// A figure read back from records (a sentence of the article stating a number; see
/// `figures_of`): its sentence in the stand-in text, and the words its numbers were read in (the
/// sentence with named speakers' words blanked) when they differ from it.
struct figure_record {
    text_span sentence;
    std::string measured;
};

/// One document's quotations and figures read back from records, with a stand-in text (the
/// contents and sentences one after another) that their spans point into.
using record_sink = std::function<void(document&&, std::vector<quotation>&&, std::vector<figure_record>&&)>;

/// Reads quotation records (the JSONL of `verbatim quotes -f jsonl`, quotation and figure
/// records; `-`: standard input), grouping consecutive records of one document. A bad line is
/// reported and skipped.
ingest_stats read_quotation_records(std::vector<std::string> const& paths, record_sink const& on_document,
                                    diagnostic_sink const& on_diagnostic);

/// Parses the optional metadata at the head of a `.txt` article (`date 2026-01-23`, or
/// `title:`/`date:`/`source:`/`url:` lines) and a dateline (`MOSCOW, JAN 23:`) after it,
/// filling `doc.date` etc. and `doc.body_begin`. `doc.text` stays as it is.
void read_text_header(document& doc);

} // namespace verbatim
