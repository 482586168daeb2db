#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/csv_records.hpp"
#include "ingest/readers.hpp"
#include "text/utf8.hpp"

namespace verbatim::ingest {

namespace {

constexpr std::array<std::string_view, 4> text_column_names{"text", "body", "content", "article"};

std::string column_key(std::string_view name) {
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    std::string key{name};
    std::transform(key.begin(), key.end(), key.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return key;
}

/// Where the columns Verbatim reads are, from the header row.
struct csv_columns {
    std::size_t count = 0;
    std::optional<std::size_t> text, id, date, title, url, source;
};

std::optional<std::size_t> find_column(std::vector<std::string> const& keys, std::string_view name) {
    auto const it = std::find(keys.begin(), keys.end(), name);
    if (it == keys.end()) return std::nullopt;
    return static_cast<std::size_t>(it - keys.begin());
}

csv_columns read_header(std::vector<std::string> const& header) {
    std::vector<std::string> keys;
    keys.reserve(header.size());
    for (auto const& name : header) keys.push_back(column_key(name));
    csv_columns columns;
    columns.count = header.size();
    for (auto name : text_column_names) {
        if ((columns.text = find_column(keys, name))) break;
    }
    // Else a column named like one ("articleBody", "full_text").
    for (std::size_t i = 0; i < keys.size() && !columns.text; ++i)
        for (auto name : text_column_names)
            if (keys[i].ends_with(name)) columns.text = i;
    columns.id = find_column(keys, "id");
    columns.date = find_column(keys, "date");
    columns.title = find_column(keys, "title");
    columns.url = find_column(keys, "url");
    columns.source = find_column(keys, "source");
    return columns;
}

std::string take(std::vector<std::string>& fields, std::optional<std::size_t> column) {
    return column ? std::move(fields[*column]) : std::string{};
}

// Reports a record the reader could not deliver; true when `result` was such a record.
bool report_broken_record(csv_result result, csv_record const& record, input_name const& name,
                          ingest_sinks& sinks) {
    if (result == csv_result::too_large) {
        sinks.report(name.origin, record.line, severity::error,
                     "record larger than " + std::string{max_record_size_text} + ", skipped");
        return true;
    }
    if (result == csv_result::unterminated) {
        sinks.report(name.origin, record.line, severity::error,
                     "quoted field opened here is never closed (unterminated quote at end of file); "
                     "record skipped");
        return true;
    }
    return false;
}

} // namespace

void read_csv(std::istream& in, input_name const& name, ingest_sinks& sinks) {
    csv_record_reader records{in, max_record_bytes};
    csv_record record;
    auto report_read_error = [&] {
        if (records.read_failed()) {
            sinks.report(name.origin, record.line, severity::error, "read error; rest of file skipped");
        }
    };

    csv_result result = records.next(record);
    if (report_broken_record(result, record, name, sinks) || result == csv_result::end) {
        if (result == csv_result::end) sinks.report(name.origin, 0, severity::error, "empty file: no header row");
        sinks.count_bytes(records.bytes_read());
        report_read_error();
        return;
    }
    for (auto& column : record.fields) text::repair_utf8(column);
    csv_columns const columns = read_header(record.fields);
    if (!columns.text) {
        sinks.report(name.origin, record.line, severity::error,
                     "no text column in the header (expected text, body, content or article, or a name ending in one); file skipped");
        sinks.count_bytes(records.bytes_read());
        return;
    }

    std::size_t record_number = 0;
    while ((result = records.next(record)) != csv_result::end) {
        ++record_number;
        if (report_broken_record(result, record, name, sinks)) continue;
        if (record.fields.size() != columns.count) {
            sinks.report(name.origin, record.line, severity::error,
                         "row has " + std::to_string(record.fields.size()) + " fields, the header has " +
                             std::to_string(columns.count) + "; row skipped");
            continue;
        }
        document doc;
        doc.origin = name.origin;
        doc.line = record.line;
        doc.text = take(record.fields, columns.text);
        doc.id = take(record.fields, columns.id);
        if (doc.id.empty()) doc.id = name.id_stem + "#" + std::to_string(record_number);
        set_date(doc, take(record.fields, columns.date), sinks);
        doc.title = take(record.fields, columns.title);
        doc.url = take(record.fields, columns.url);
        doc.source = take(record.fields, columns.source);
        sinks.hand_over(std::move(doc));
    }
    sinks.count_bytes(records.bytes_read());
    report_read_error();
}

} // namespace verbatim::ingest
