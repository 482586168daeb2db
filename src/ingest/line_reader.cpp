#include "ingest/line_reader.hpp"

#include <cstring>

namespace verbatim::ingest {

namespace {
constexpr std::size_t chunk_bytes = std::size_t{1} << 16U;
}

line_reader::line_reader(std::istream& in, std::size_t max_line_bytes)
    : in_(in), max_line_bytes_(max_line_bytes), buffer_(chunk_bytes) {}

bool line_reader::refill() {
    pos_ = 0;
    end_ = 0;
    if (!in_.good()) return false;
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    end_ = static_cast<std::size_t>(in_.gcount());
    bytes_read_ += end_;
    if (in_.bad()) read_failed_ = true;
    return end_ > 0;
}

bool line_reader::next(std::string& line) {
    line.clear();
    too_long_ = false;
    bool got_any = false;
    while (true) {
        if (pos_ == end_ && !refill()) {
            // A last line without a final newline still counts.
            if (got_any) ++line_number_;
            return got_any;
        }
        got_any = true;
        char const* begin = buffer_.data() + pos_;
        auto const* newline = static_cast<char const*>(std::memchr(begin, '\n', end_ - pos_));
        std::size_t const piece = newline != nullptr ? static_cast<std::size_t>(newline - begin) : end_ - pos_;
        if (!too_long_) {
            if (line.size() + piece > max_line_bytes_) {
                too_long_ = true;
                std::string{}.swap(line); // give the memory back
            } else {
                line.append(begin, piece);
            }
        }
        pos_ += piece;
        if (newline != nullptr) {
            ++pos_;
            ++line_number_;
            return true;
        }
    }
}

} // namespace verbatim::ingest
