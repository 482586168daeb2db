#include "ingest/csv_records.hpp"

#include <cstring>
#include <string_view>
#include <utility>

namespace verbatim::ingest {

csv_record_reader::csv_record_reader(std::istream& in, std::size_t max_record_bytes, char delimiter)
    : max_record_bytes_(max_record_bytes), delimiter_(delimiter), buf_(in, true) {}

void csv_record_reader::append(csv_record& record, char const* data, std::size_t n) {
    if (oversized_) return;
    record_bytes_ += n;
    if (record_bytes_ > max_record_bytes_) {
        oversized_ = true;
        // Give the memory back at once; the rest of the record is only scanned.
        std::vector<std::string>{}.swap(record.fields);
        std::string{}.swap(field_);
        return;
    }
    field_.append(data, n);
}

void csv_record_reader::end_field(csv_record& record) {
    if (!oversized_) record.fields.push_back(std::move(field_));
    field_.clear();
    state_ = state::field_start;
}

csv_result csv_record_reader::end_record(csv_record& record) {
    end_field(record);
    record_bytes_ = 0;
    if (oversized_) {
        oversized_ = false;
        record.fields.clear();
        return csv_result::too_large;
    }
    return csv_result::record;
}

csv_result csv_record_reader::next(csv_record& record) {
    record.fields.clear();
    record.line = line_;
    field_.clear();
    state_ = state::field_start;
    record_bytes_ = 0;
    oversized_ = false;
    if (finished_) return csv_result::end;

    bool record_started = false;
    while (true) {
        if (buf_.pos == buf_.end && !buf_.refill()) {
            finished_ = true;
            switch (state_) {
            case state::quoted:
                record.fields.clear();
                record.line = quote_line_;
                return csv_result::unterminated;
            case state::field_start:
                if (!record_started) return csv_result::end;
                return end_record(record);
            case state::unquoted:
            case state::quote_in_quoted:
                return end_record(record);
            }
        }

        char const* const data = buf_.data.data();
        char const c = data[buf_.pos];
        if (skip_lf_) {
            skip_lf_ = false;
            if (c == '\n') {
                ++buf_.pos;
                continue;
            }
        }
        if (!record_started) {
            if (c == '\n' || c == '\r') {
                // A blank line is no record.
                ++buf_.pos;
                ++line_;
                skip_lf_ = c == '\r';
                continue;
            }
            record_started = true;
            record.line = line_;
        }

        switch (state_) {
        case state::quoted: {
            // Copy up to the next quote in one go, counting the lines on the way.
            char const* const begin = data + buf_.pos;
            auto const* quote = static_cast<char const*>(std::memchr(begin, '"', buf_.end - buf_.pos));
            std::size_t const n = quote != nullptr ? static_cast<std::size_t>(quote - begin) : buf_.end - buf_.pos;
            for (std::size_t i = 0; i < n; ++i) {
                if (begin[i] == '\n') ++line_;
            }
            append(record, begin, n);
            buf_.pos += n;
            if (quote != nullptr) {
                ++buf_.pos;
                state_ = state::quote_in_quoted;
            }
            break;
        }
        case state::quote_in_quoted:
            if (c == '"') {
                append(record, &c, 1); // a doubled quote is one quote
                ++buf_.pos;
                state_ = state::quoted;
                break;
            }
            [[fallthrough]];
        case state::field_start:
        case state::unquoted:
            if (c == delimiter_) {
                ++buf_.pos;
                end_field(record);
            } else if (c == '\n' || c == '\r') {
                ++buf_.pos;
                ++line_;
                skip_lf_ = c == '\r';
                return end_record(record);
            } else if (c == '"' && state_ == state::field_start) {
                ++buf_.pos;
                quote_line_ = line_;
                state_ = state::quoted;
            } else {
                // Scan the rest of an unquoted run at once.
                std::size_t n = 1;
                while (buf_.pos + n < buf_.end) {
                    char const d = data[buf_.pos + n];
                    if (d == delimiter_ || d == '\n' || d == '\r') break;
                    ++n;
                }
                append(record, data + buf_.pos, n);
                buf_.pos += n;
                state_ = state::unquoted;
            }
            break;
        }
    }
}

} // namespace verbatim::ingest
