#include <simdjson.h>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "ingest/line_reader.hpp"
#include "ingest/readers.hpp"
#include "text/utf8.hpp"

namespace verbatim::ingest {

namespace {

bool is_json_blank(std::string_view line) noexcept {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Code unit of the `\uXXXX` escape at `line[pos]`, or -1 when there is none.
long escaped_unit(std::string_view line, std::size_t pos) noexcept {
    if (pos + 6 > line.size() || line[pos] != '\\' || line[pos + 1] != 'u') return -1;
    long unit = 0;
    for (std::size_t i = pos + 2; i < pos + 6; ++i) {
        int const digit = hex_value(line[i]);
        if (digit < 0) return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Python's json module accepts lone UTF-16 surrogates (`"\ud800"`), simdjson does not. Each is
// rewritten in place as `\ufffd` (same length), one code point for one, and counted.
std::size_t replace_lone_surrogates(std::string& line) {
    std::size_t replaced = 0;
    std::size_t pos = 0;
    while ((pos = line.find('\\', pos)) != std::string::npos) {
        long const unit = escaped_unit(line, pos);
        if (unit < 0) {
            pos += 2; // `\\`, `\"`, `\n`...: the escaped character is not an escape itself
            continue;
        }
        bool const high = unit >= 0xD800 && unit <= 0xDBFF;
        bool const low = unit >= 0xDC00 && unit <= 0xDFFF;
        if (high) {
            long const next = escaped_unit(line, pos + 6);
            if (next >= 0xDC00 && next <= 0xDFFF) {
                pos += 12;
                continue;
            }
        }
        if (high || low) {
            line.replace(pos + 2, 4, "fffd");
            ++replaced;
        }
        pos += 6;
    }
    return replaced;
}

std::string number_text(simdjson::dom::element const& value) {
    std::int64_t signed_number = 0;
    if (value.get(signed_number) == simdjson::SUCCESS) return std::to_string(signed_number);
    std::uint64_t unsigned_number = 0;
    if (value.get(unsigned_number) == simdjson::SUCCESS) return std::to_string(unsigned_number);
    double real = 0;
    if (value.get(real) != simdjson::SUCCESS) return {};
    std::array<char, 32> buffer{};
    auto const result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), real);
    return std::string(buffer.data(), result.ptr);
}

// Reads one optional string field; null counts as absent, other types are reported and ignored.
std::string string_field(simdjson::dom::object const& record, std::string_view key, document const& doc,
                         ingest_sinks& sinks) {
    simdjson::dom::element value;
    if (record[key].get(value) != simdjson::SUCCESS || value.is_null()) return {};
    std::string_view text;
    if (value.get(text) == simdjson::SUCCESS) return std::string{text};
    sinks.report(doc.origin, doc.line, severity::warning,
                 "field \"" + std::string{key} + "\" is not a string; ignored");
    return {};
}

std::string json_error_text(simdjson::error_code error) {
    if (error == simdjson::STRING_ERROR) return "invalid JSON: bad string (invalid escape sequence?)";
    if (error == simdjson::UNCLOSED_STRING) return "invalid JSON: unclosed string";
    if (error == simdjson::EMPTY) return "invalid JSON: no value";
    return std::string{"invalid JSON: "} + simdjson::error_message(error);
}

/// A record longer than this gives back the reading buffers before its article is worked on.
constexpr std::size_t large_record_bytes = std::size_t{4} << 20U;

} // namespace

void read_jsonl(std::istream& in, input_name const& name, ingest_sinks& sinks) {
    line_reader lines{in, max_record_bytes};
    simdjson::dom::parser parser;
    std::string line;
    std::size_t record_number = 0;

    while (lines.next(line)) {
        std::size_t const line_number = lines.line_number();
        if (lines.too_long()) {
            ++record_number;
            sinks.report(name.origin, line_number, severity::error,
                         "line longer than " + std::string{max_record_size_text} + ", skipped");
            continue;
        }
        if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
        if (is_json_blank(line)) continue;
        ++record_number;

        // simdjson rejects invalid UTF-8 anywhere in the line; JSON's own syntax is ASCII, so
        // repairing the raw line only touches the contents of strings.
        std::size_t const bytes_replaced = text::repair_utf8(line);
        std::size_t surrogates_replaced = 0;
        simdjson::dom::element root;
        line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
        auto error = parser.parse(line.data(), line.size(), false).get(root);
        if (error == simdjson::STRING_ERROR) {
            surrogates_replaced = replace_lone_surrogates(line);
            if (surrogates_replaced > 0) error = parser.parse(line.data(), line.size(), false).get(root);
        }
        if (error != simdjson::SUCCESS) {
            sinks.report(name.origin, line_number, severity::error, json_error_text(error) + "; line skipped");
            continue;
        }
        simdjson::dom::object record;
        if (root.get(record) != simdjson::SUCCESS) {
            sinks.report(name.origin, line_number, severity::error, "not a JSON object; line skipped");
            continue;
        }
        simdjson::dom::element text_value;
        if (record["text"].get(text_value) != simdjson::SUCCESS) {
            sinks.report(name.origin, line_number, severity::error, "missing \"text\" field; line skipped");
            continue;
        }
        std::string_view text;
        if (text_value.get(text) != simdjson::SUCCESS) {
            sinks.report(name.origin, line_number, severity::error, "\"text\" is not a string; line skipped");
            continue;
        }

        document doc;
        doc.origin = name.origin;
        doc.line = line_number;
        doc.text = std::string{text};
        if (surrogates_replaced > 0) {
            sinks.report(name.origin, line_number, severity::warning,
                         "lone UTF-16 surrogate escapes: " + std::to_string(surrogates_replaced) +
                             " replaced by U+FFFD");
        }

        simdjson::dom::element id_value;
        if (record["id"].get(id_value) == simdjson::SUCCESS && !id_value.is_null()) {
            std::string_view id;
            if (id_value.get(id) == simdjson::SUCCESS) {
                doc.id = std::string{id};
            } else if (id_value.is_number()) {
                doc.id = number_text(id_value);
            } else {
                sinks.report(name.origin, line_number, severity::warning,
                             "field \"id\" is neither a string nor a number; ignored");
            }
        }
        if (doc.id.empty()) doc.id = name.id_stem + "#" + std::to_string(record_number);

        set_date(doc, string_field(record, "date", doc, sinks), sinks);
        doc.title = string_field(record, "title", doc, sinks);
        doc.source = string_field(record, "source", doc, sinks);
        doc.url = string_field(record, "url", doc, sinks);
        if (line.size() > large_record_bytes) {
            // The line and the parser's buffers (two to three times the line) are not needed
            // while the article is worked on: a long record costs its text, not four times it.
            std::string{}.swap(line);
            parser = simdjson::dom::parser{};
        }
        sinks.hand_over(std::move(doc), bytes_replaced);
    }
    sinks.count_bytes(lines.bytes_read());
    if (lines.read_failed()) {
        sinks.report(name.origin, lines.line_number(), severity::error, "read error; rest of file skipped");
    }
}

} // namespace verbatim::ingest
