// ingest/line_reader.hpp — reads a stream line by line in fixed-size chunks, holding at most one
// line (up to a limit) in memory.
//
//   ingest::line_reader lines{in, ingest::max_record_bytes};
//   std::string line;
//   while (lines.next(line)) { if (!lines.too_long()) use(line, lines.line_number()); }
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "ingest/chunk_buffer.hpp"

namespace verbatim::ingest {

/// Splits a byte stream into lines at `\n` (the `\n` is dropped; a `\r` before it is kept).
class line_reader {
public:
    line_reader(std::istream& in, std::size_t max_line_bytes);

    /// Reads the next line into `line`; false at the end of the stream. A line longer than the
    /// limit is read to its end but not kept: `line` is then empty and `too_long()` is true.
    bool next(std::string& line);

    /// Whether the line last read was longer than the limit.
    [[nodiscard]] bool too_long() const noexcept { return too_long_; }
    /// 1-based number of the line last read.
    [[nodiscard]] std::size_t line_number() const noexcept { return line_number_; }
    /// Bytes taken from the stream so far.
    [[nodiscard]] std::size_t bytes_read() const noexcept { return buf_.bytes_read; }
    /// Whether reading stopped because of an I/O error rather than the end of the stream.
    [[nodiscard]] bool read_failed() const noexcept { return buf_.read_failed; }

private:
    std::size_t max_line_bytes_;
    chunk_buffer buf_;
    std::size_t line_number_ = 0;
    bool too_long_ = false;
};

} // namespace verbatim::ingest
