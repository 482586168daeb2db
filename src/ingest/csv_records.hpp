// ingest/csv_records.hpp — splits an RFC 4180 CSV stream into records (quoted fields with
// doubled quotes and embedded newlines, CRLF or LF line ends), one record in memory at a time.
//
//   ingest::csv_record_reader rows{in, ingest::max_record_bytes};
//   ingest::csv_record row;
//   while (rows.next(row) != ingest::csv_result::end) { /* row.fields, row.line */ }
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "ingest/chunk_buffer.hpp"

namespace verbatim::ingest {

/// One CSV record and the line where it starts.
struct csv_record {
    std::vector<std::string> fields;
    std::size_t line = 0; ///< 1-based line where the record starts (see `csv_result`)
};

enum class csv_result {
    record,       ///< a record was read
    too_large,    ///< a record over the size limit was skipped; `line` is where it started
    unterminated, ///< a quoted field ran to the end of the stream; `line` is where it opened
    end,          ///< no more records
};

/// Reads CSV records. Blank lines are skipped; a UTF-8 byte order mark at the start is dropped.
/// Lenient where RFC 4180 is silent: a `"` inside an unquoted field is kept as is, and text
/// after a closing quote is appended to the field.
class csv_record_reader {
public:
    /// `delimiter`: ',' for CSV, '\t' for TSV (same quoting rules, as spreadsheets and Python's csv write).
    csv_record_reader(std::istream& in, std::size_t max_record_bytes, char delimiter = ',');

    /// Reads the next record into `record` (its fields replaced).
    csv_result next(csv_record& record);

    /// Bytes taken from the stream so far.
    [[nodiscard]] std::size_t bytes_read() const noexcept { return buf_.bytes_read; }
    /// Whether reading stopped because of an I/O error rather than the end of the stream.
    [[nodiscard]] bool read_failed() const noexcept { return buf_.read_failed; }

private:
    enum class state { field_start, unquoted, quoted, quote_in_quoted };

    void append(csv_record& record, char const* data, std::size_t n);
    void end_field(csv_record& record);
    csv_result end_record(csv_record& record);

    std::size_t max_record_bytes_;
    char delimiter_;
    chunk_buffer buf_;
    std::size_t line_ = 1;          // line of the next byte
    std::size_t quote_line_ = 0;    // line where the open quoted field started
    std::size_t record_bytes_ = 0;
    std::string field_;
    state state_ = state::field_start;
    bool skip_lf_ = false;          // a record just ended at `\r`: a `\n` right after belongs to it
    bool oversized_ = false;        // the record passed the limit: read on to its end, keep nothing
    bool finished_ = false;
};

} // namespace verbatim::ingest
