// Article rule "dash-signature":
//   "“The ferry is our lifeline.” — Anna Berg"
// The name that signs a quote after a dash ("“…” ― Jane Doe", "“…” — Jane Doe, a nurse"), the way
// epigraphs and collected reactions are printed: a dash right after the quote, then a named
// speaker that ends the line or is followed only by a comma and more about them; or, after a
// quotation that is a paragraph of its own, the same opening the next paragraph ("- Anna Berg.").
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

std::optional<g::speaker_phrase> dash_signature(article_context const& article, text::quote_span const& q) {
    auto const t = article.text();
    auto const& paragraphs = article.layout().paragraphs;
    auto para = paragraphs[q.paragraph];
    std::size_t p = q.close_end;
    // spaces, no-break spaces and zero-width joiners and spaces (U+200B-U+200D), not the line
    // break that ends a signature
    auto blank = [&] {
        while (p < para.end) {
            if (t[p] == ' ') ++p;
            else if (t.compare(p, 2, "\xC2\xA0") == 0) p += 2;
            else if (t.compare(p, 2, "\xE2\x80") == 0 && p + 2 < para.end && t[p + 2] >= '\x8B' && t[p + 2] <= '\x8D') p += 3;
            else break;
        }
    };
    blank();
    // ("“…”" as a paragraph of its own, then "- Anna Berg." as the next: the signature's own line)
    bool next_line = false;
    if (p >= para.end && q.open == para.begin && q.paragraph + 1 < paragraphs.size()) {
        para = paragraphs[q.paragraph + 1];
        p = para.begin;
        next_line = true;
    }
    std::string_view const in_para = t.substr(0, para.end);
    bool dash = false;
    for (std::string_view d : {"\xE2\x80\x95", "\xE2\x80\x94", "\xE2\x80\x93"}) // ― — –
        if (t.compare(p, d.size(), d) == 0) {
            p += d.size();
            dash = true;
            break;
        }
    // (a hyphen for the dash only opening a signature's own line: "-Anna Berg, Astoria.")
    if (!dash && next_line && p < para.end && t[p] == '-' && p + 1 < para.end && t[p + 1] != '-') ++p, dash = true;
    if (!dash) return std::nullopt;
    blank();
    auto sp = g::match_speaker(in_para, p);
    if (!sp || sp->tokens.back().part != g::np_part::name) return std::nullopt;
    p = sp->end;
    if (p < para.end && t[p] == '.') ++p;
    blank();
    if (p < para.end && t[p] != '\n' && t[p] != '\r' && t[p] != ',') return std::nullopt;
    return sp;
}

} // namespace verbatim::attribute::rules
