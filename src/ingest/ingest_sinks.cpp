#include "ingest/ingest_sinks.hpp"

#include <utility>

#include "text/utf8.hpp"

namespace verbatim::ingest {

namespace {

bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

int two_digits(std::string_view s, std::size_t pos) noexcept {
    return (s[pos] - '0') * 10 + (s[pos + 1] - '0');
}

} // namespace

void ingest_sinks::report(std::string file, std::size_t line, severity level, std::string message, std::string kind) {
    if (level == severity::error) ++stats_.errors;
    else if (level == severity::warning) ++stats_.warnings;
    else ++stats_.skipped;
    if (on_diagnostic_) on_diagnostic_(diagnostic{std::move(file), line, level, std::move(message), std::move(kind)});
}

void ingest_sinks::hand_over(document&& doc, std::size_t bytes_replaced_before) {
    std::size_t replaced = bytes_replaced_before;
    for (std::string* field : {&doc.text, &doc.id, &doc.date, &doc.title, &doc.source, &doc.url}) {
        replaced += text::repair_utf8(*field);
    }
    if (replaced > 0) {
        report(doc.origin, doc.line, severity::warning,
               "invalid UTF-8: " + std::to_string(replaced) + (replaced == 1 ? " byte" : " bytes") +
                   " replaced by U+FFFD");
    }
    ++stats_.documents;
    if (on_document_) on_document_(std::move(doc));
}

std::optional<std::string> iso_date(std::string_view field) {
    std::string_view const s = trim(field);
    if (s.size() < 10) return std::nullopt;
    for (std::size_t i = 0; i < 10; ++i) {
        bool const dash_expected = i == 4 || i == 7;
        if (dash_expected ? s[i] != '-' : !is_digit(s[i])) return std::nullopt;
    }
    // `2019-01-045` is not a date with a suffix but something else.
    if (s.size() > 10 && is_digit(s[10])) return std::nullopt;
    int const month = two_digits(s, 5);
    int const day = two_digits(s, 8);
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    return std::string{s.substr(0, 10)};
}

void set_date(document& doc, std::string_view field, ingest_sinks& sinks) {
    if (trim(field).empty()) return;
    if (auto date = iso_date(field)) {
        doc.date = std::move(*date);
        return;
    }
    std::string shown{field.substr(0, 40)};
    text::repair_utf8(shown); // the cut may split a character
    sinks.report(doc.origin, doc.line, severity::warning,
                 "date \"" + shown + (field.size() > 40 ? "..." : "") +
                     "\" is not an ISO date (YYYY-MM-DD); date left empty");
}

} // namespace verbatim::ingest
