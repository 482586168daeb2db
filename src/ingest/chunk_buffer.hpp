// ingest/chunk_buffer.hpp — a stream read in fixed-size chunks: the part the line and CSV
// readers share (refill, bytes counted, I/O errors noted, a byte order mark dropped).
//
//   ingest::chunk_buffer buf{in};
//   while (buf.pos < buf.end || buf.refill()) { scan(buf.data.data() + buf.pos, buf.end - buf.pos); }
#pragma once

#include <cstddef>
#include <istream>
#include <string_view>
#include <vector>

namespace verbatim::ingest {

struct chunk_buffer {
    explicit chunk_buffer(std::istream& stream, bool drop_byte_order_mark = false)
        : in(stream), data(std::size_t{1} << 16U), drop_bom(drop_byte_order_mark) {}

    /// Reads the next chunk; false at the end of the stream (or on an I/O error).
    bool refill() {
        pos = 0;
        end = 0;
        if (!in.good()) return false;
        in.read(data.data(), static_cast<std::streamsize>(data.size()));
        end = static_cast<std::size_t>(in.gcount());
        bytes_read += end;
        if (in.bad()) read_failed = true;
        if (at_stream_start) {
            at_stream_start = false;
            // Spreadsheet programs often write a BOM; it would otherwise stick to the first field.
            constexpr std::string_view bom = "\xEF\xBB\xBF";
            if (drop_bom && end >= bom.size() && std::string_view{data.data(), bom.size()} == bom) pos = bom.size();
        }
        return end > pos || (end > 0 && refill());
    }

    std::istream& in;
    std::vector<char> data;
    std::size_t pos = 0;        ///< next byte to read in `data`
    std::size_t end = 0;        ///< end of the bytes in `data`
    std::size_t bytes_read = 0; ///< bytes taken from the stream so far
    bool read_failed = false;   ///< reading stopped on an I/O error, not the end of the stream
    bool drop_bom;
    bool at_stream_start = true;
};

} // namespace verbatim::ingest
