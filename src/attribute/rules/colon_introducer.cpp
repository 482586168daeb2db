// Article rule "colon-introducer":
//   "Anna Berg was blunt: “The ferry must stay. It is our lifeline.”"
// A colon hands the quote after it to the subject of its sentence ("Okafor gave a short warning
// to the council: “…”"; also when "He said:" is a paragraph of its own and the quote opens the
// next one; "Asked which county was his favorite, he demurred: “…”": the subject after an
// opening clause). A name after a dash right before the colon signs the quote ("… - Anna Berg:
// “…”").
#include <algorithm>

#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

std::optional<g::speaker_phrase> colon_introducer(article_context const& article, text::quote_span const& q) {
    auto const t = article.text();
    auto const& layout = article.layout();
    std::size_t p = q.open;
    while (p > 0 && t[p - 1] == ' ') --p;
    // "He said:" as a paragraph of its own, the quote opening the next one.
    bool own_paragraph = q.paragraph > 0 && p == layout.paragraphs[q.paragraph].begin;
    if (own_paragraph) {
        p = layout.paragraphs[q.paragraph - 1].end;
        while (p > 0 && is_space(t[p - 1])) --p;
    }
    if (p == 0 || t[p - 1] != ':') return std::nullopt;
    auto it = std::upper_bound(layout.sentences.begin(), layout.sentences.end(), p - 1,
                               [](std::size_t pos, text::sentence const& s) { return pos < s.begin; });
    if (it == layout.sentences.begin()) return std::nullopt;
    auto const& s = *std::prev(it);
    if (s.begin >= p || s.paragraph != q.paragraph - (own_paragraph ? 1 : 0)) return std::nullopt;
    std::size_t start = s.begin;
    // past leading dashes and bullets
    while (start < p && (t[start] == '-' || t[start] == ' ' || t[start] == '*' || t.substr(start, 3) == "\xE2\x80\x94" ||
                         t.substr(start, 3) == "\xE2\x80\x93"))
        start += t[start] == '-' || t[start] == ' ' || t[start] == '*' ? 1 : 3;
    // (read to the end of the quote's paragraph)
    auto const bound = t.substr(0, layout.paragraphs[q.paragraph].end);
    auto subject_at = [&](std::size_t pos) -> std::optional<g::speaker_phrase> {
        auto sp = g::match_speaker(bound, pos);
        if (!sp || sp->end >= p || common_word_at_start(article, bound, s, *sp)) return std::nullopt;
        if (sp->tokens.size() == 1 && sp->tokens[0].part == g::np_part::common) return std::nullopt;
        return sp;
    };
    // "FERRY POLL TOO EARLY - Anna Berg: “…”": a name set off by a dash right before
    // the colon signs what follows
    for (std::size_t c = p - 1; c > start; --c) {
        bool const hyphen = t[c] == '-' && c + 1 < p && t[c + 1] == ' ' && t[c - 1] == ' ';
        bool const dash = c >= 2 && (t.substr(c - 2, 3) == "\xE2\x80\x94" || t.substr(c - 2, 3) == "\xE2\x80\x93");
        if (!hyphen && !dash) continue;
        std::size_t next = c + 1;
        while (next < p && t[next] == ' ') ++next;
        if (auto sp = subject_at(next); sp && sp->end + 1 == p && article_context::all_names(*sp)) return sp;
        break;
    }
    if (auto sp = subject_at(start)) return sp;
    for (std::size_t c = start; c < p; ++c)
        if (t[c] == ',') {
            std::size_t next = c + 1;
            while (next < p && t[next] == ' ') ++next;
            return subject_at(next);
        }
    return std::nullopt;
}

} // namespace verbatim::attribute::rules
