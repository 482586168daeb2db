#include "ingest/line_reader.hpp"

#include <cstring>

namespace verbatim::ingest {

line_reader::line_reader(std::istream& in, std::size_t max_line_bytes)
    : max_line_bytes_(max_line_bytes), buf_(in, false) {}

bool line_reader::next(std::string& line) {
    line.clear();
    too_long_ = false;
    bool got_any = false;
    while (true) {
        if (buf_.pos == buf_.end && !buf_.refill()) {
            // A last line without a final newline still counts.
            if (got_any) ++line_number_;
            return got_any;
        }
        got_any = true;
        char const* begin = buf_.data.data() + buf_.pos;
        auto const* newline = static_cast<char const*>(std::memchr(begin, '\n', buf_.end - buf_.pos));
        std::size_t const piece = newline != nullptr ? static_cast<std::size_t>(newline - begin) : buf_.end - buf_.pos;
        if (!too_long_) {
            if (line.size() + piece > max_line_bytes_) {
                too_long_ = true;
                std::string{}.swap(line); // give the memory back
            } else {
                line.append(begin, piece);
            }
        }
        buf_.pos += piece;
        if (newline != nullptr) {
            ++buf_.pos;
            ++line_number_;
            return true;
        }
    }
}

} // namespace verbatim::ingest
