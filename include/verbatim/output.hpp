// verbatim/output.hpp — writes quotations for people (per-speaker lists) and programs (JSONL, CSV).
//
//   auto w = verbatim::make_quote_writer(verbatim::output_format::jsonl, std::cout);
//   w->add(doc, quotes);   // per document, in input order
//   w->finish();           // per-speaker formats print here
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim {

enum class output_format { text, jsonl, csv, md };

/// Parses `text`, `jsonl`, `csv` or `md`.
std::optional<output_format> parse_output_format(std::string_view name);

/// Receives the quotations of one document after another and writes them in one format.
class quote_writer {
public:
    virtual ~quote_writer() = default;
    /// Adds one document's quotations (streaming formats write them at once).
    virtual void add(document const& doc, std::vector<quotation> const& quotes) = 0;
    /// Writes what is left (per-speaker lists are grouped and printed here).
    virtual void finish() = 0;
};

std::unique_ptr<quote_writer> make_quote_writer(output_format format, std::ostream& out);

/// Code-point offset of byte offset `byte` in `text` (UTF-8), as brat and Python count.
std::size_t codepoint_offset(std::string_view text, std::size_t byte);

} // namespace verbatim
