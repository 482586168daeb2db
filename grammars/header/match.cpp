// The language.hpp entry points of the header grammar.
#include "header/header.hpp"
#include "language.hpp"

namespace verbatim::grammars {
namespace {

/// `YYYY-MM-DD` when the value starts with one, else empty.
std::string iso_date_prefix(std::string_view v) {
    if (v.size() < 10) return {};
    for (std::size_t i = 0; i < 10; ++i) {
        bool const dash = i == 4 || i == 7;
        if (dash ? v[i] != '-' : (v[i] < '0' || v[i] > '9')) return {};
    }
    return std::string(v.substr(0, 10));
}

} // namespace

std::size_t match_dateline(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return 0;
    iterator_type first = text.data() + pos;
    iterator_type const last = text.data() + std::min(text.size(), pos + 200); // a dateline is short
    if (!x3::parse(first, last, dateline_rule())) return 0;
    return static_cast<std::size_t>(first - (text.data() + pos));
}

text_header parse_text_header(std::string_view text) {
    text_header h;
    iterator_type first = text.data();
    iterator_type const last = text.data() + text.size();
    ast::meta_fields fields;
    if (x3::parse(first, last, header_rule(), fields)) {
        for (auto& f : fields) {
            if (f.key == "date") h.date = iso_date_prefix(f.value);
            else if (f.key == "title") h.title = f.value;
            else if (f.key == "source") h.source = f.value;
            else if (f.key == "url") h.url = f.value;
        }
        h.body_begin = fields.empty() ? 0 : static_cast<std::size_t>(first - text.data());
    }
    // The body starts at its first non-blank byte.
    while (h.body_begin < text.size() && (text[h.body_begin] == ' ' || text[h.body_begin] == '\n' ||
                                          text[h.body_begin] == '\r' || text[h.body_begin] == '\t'))
        ++h.body_begin;
    h.dateline_begin = h.body_begin;
    h.dateline_end = h.body_begin + match_dateline(text, h.body_begin);
    return h;
}

} // namespace verbatim::grammars
