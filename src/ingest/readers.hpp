// ingest/readers.hpp — one reader per input format. Each reads one opened stream to its end,
// handing documents and diagnostics to `ingest_sinks`; none of them throws on bad input.
//
//   std::ifstream in{"a.jsonl", std::ios::binary};
//   ingest::read_jsonl(in, ingest::input_name{"a.jsonl", "a"}, sinks);
//   // documents "a#1", "a#2", ... unless the records carry an `id`
#pragma once

#include <istream>
#include <string>

#include "ingest/ingest_sinks.hpp"

namespace verbatim::ingest {

/// How the documents of one input are named.
struct input_name {
    std::string origin;  ///< the path as given or walked (`-` for standard input)
    std::string id_stem; ///< document id when a record has none: relative path without extension,
                         ///< or `stdin`; multi-record formats append `#N`
};

/// A whole `.txt` file is one document; binary files are reported and skipped.
void read_txt(std::istream& in, input_name const& name, ingest_sinks& sinks);

/// One JSON object per line: `text` (required), `id`, `date`, `title`, `source`, `url`.
void read_jsonl(std::istream& in, input_name const& name, ingest_sinks& sinks);

/// CSV with a header row; the text column is the first of `text`, `body`, `content`, `article`.
void read_csv(std::istream& in, input_name const& name, ingest_sinks& sinks);

} // namespace verbatim::ingest
