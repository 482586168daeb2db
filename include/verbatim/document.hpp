// verbatim/document.hpp — a news article as Verbatim reads it, and the diagnostics
// that reading and analysing it may produce.
//
//   verbatim::document doc{.id = "seed", .date = "2026-01-23", .text = "..."};
//   for (auto const& q : verbatim::extract_quotations(doc)) { /* ... */ }
//   verbatim::diagnostic d{"a.jsonl", 12, verbatim::severity::error, "bad JSON"};
#pragma once

#include <cstddef>
#include <string>

namespace verbatim {

/// One article. `text` is the article exactly as read (UTF-8, with invalid bytes replaced
/// by U+FFFD); every offset Verbatim reports points into it.
struct document {
    std::string id;      ///< `id` field, else the path relative to the folder given, `#N` per record
    std::string date;    ///< ISO date `YYYY-MM-DD`, or empty when unknown
    std::string title;
    std::string source;
    std::string url;
    std::string text;    ///< the document text (for `.txt` files: the whole file, metadata lines included)
    std::size_t body_begin = 0; ///< byte offset where the article body starts (after metadata and dateline)
    std::string origin;  ///< file the document came from (`-` for standard input)
    std::size_t line = 0; ///< line of `origin` where the record starts (1-based)
};

/// error: input lost (a bad record, an unreadable file); warning: input read with a repair or a
/// guess; note: nothing wrong, said for the curious (a file a folder walk skipped).
enum class severity { warning, error, note };

/// A problem with the input: where it is and what is wrong, for a person to read.
struct diagnostic {
    std::string file;
    std::size_t line = 0; ///< 1-based; 0 when the problem concerns the whole file
    severity level = severity::warning;
    std::string message;
    /// What kind of problem, to count alike ones together (`quotation mark never closed`); empty:
    /// the message up to its first details.
    std::string kind = {};
};

} // namespace verbatim
