// Article pass "coordinated-cut":
//   "Anna Berg said the ferry would stay, and Tom Reyes said it would go."
// A report ends where a coordinated clause with a speaker and cue of its own begins ("Cruz said
// he'd make sand glow, and Trump vowed to …"), or where quoted words close on their comma before
// another speaker ("… because “most people don't know,” she said"). Amends the first report.
#include <algorithm>
#include <cctype>
#include <optional>

#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"
#include "attribute/rules/overlapping.hpp"

namespace verbatim::attribute::rules {
namespace {

/// Where the words that join a clause to `head` begin, if `head` ends in them: a coordinator ("…
/// and", "… but"), "while" after a comma, a semicolon or a comma.
std::optional<std::size_t> coordination_before(std::string_view head) {
    std::size_t w = head.size();
    while (w > 0 && std::isalpha(static_cast<unsigned char>(head[w - 1]))) --w;
    auto const word = head.substr(w);
    if (!word.empty() && w > 0 && head[w - 1] == ' ') {
        if (g::in_class(word, wc::coordinator)) return w - 1;
        if (g::in_class(word, wc::while_word) && w > 1 && head[w - 2] == ',') return w - 2;
        return std::nullopt;
    }
    if (word.empty() && !head.empty() && (head.back() == ';' || head.back() == ',')) return head.size() - 1;
    return std::nullopt;
}

/// Cuts report `a` where `b`, a coordinated report of its own, begins inside it.
void cut_before(article_context const& article, attribution& a, attribution const& b) {
    auto const t = article.text();
    if (!a.cue || a.kind == quote_kind::direct || !b.cue || !b.speaker || b.speaker_carried) return;
    auto& last = a.spans.back();
    // Where b starts inside a: its speaker, or its cue when the subject is elided ("she respects X
    // but argues that …").
    std::size_t const first = b.speaker->first();
    std::size_t sb = first > last.begin && first < last.end ? first : b.cue->begin;
    if (sb <= last.begin || sb >= last.end || a.cue->begin > sb) return;
    // "claimed most of the riders, who said X, were wrong": a relative clause inside the report
    // is part of it; one that ends it ("found support in Tom Reyes, who said …") is a report of
    // its own, and the report before it ends with the words "who" stands for
    bool const relative = b.speaker->relative();
    if (relative && (b.spans.back().end < last.end || !adding_relative(t, *b.speaker))) return;
    sb -= g::skip_adverbs_backward(t, last.begin, sb);
    std::size_t p = sb;
    while (p > last.begin && t[p - 1] == ' ') --p;
    std::string_view head = t.substr(last.begin, p - last.begin);
    // "… because “most people don't know,” she said": the quote closing on its comma ends the
    // first report.
    for (std::string_view close : {",\xE2\x80\x9D", ",\""})
        if (head.ends_with(close) && article.quote_closes_at(last.begin + head.size()) && head.size() > close.size()) {
            if (last.end != last.begin + head.size()) a.amended_by.push_back("coordinated-cut");
            last.end = last.begin + head.size();
            return;
        }
    auto conj = coordination_before(head);
    if (!conj && relative && b.speaker->tokens.back().end > last.begin) conj = b.speaker->tokens.back().end - last.begin;
    if (conj) {
        std::size_t cut = last.begin + *conj;
        bool const comma = t[cut] == ',' || (cut > last.begin && t[cut - 1] == ',');
        while (cut > last.begin && (t[cut - 1] == ',' || t[cut - 1] == ' ')) --cut;
        // ("said the town and its neighbours will seek …": a belief or intention after
        // "and", no comma, and words before it that make no clause: one subject, said)
        bool const own_subject = first > last.begin && first < last.end; // (not elided: "… but felt …")
        if (!comma && !relative && own_subject && b.cue->kind == g::cue_class::belief && cut > last.begin &&
            !g::looks_like_clause(t, last.begin, cut))
            return;
        if (cut > last.begin) {
            last.end = cut;
            a.amended_by.push_back("coordinated-cut");
            std::erase_if(a.quoted, [&](text_span const& q) { return q.begin >= cut; });
            if (a.quoted.empty() && a.kind == quote_kind::mixed) a.kind = quote_kind::indirect;
            // "congratulated Pelosi, saying “…”": what is left is the object, no report.
            if (a.quoted.empty() && text::count_words(t, last, 2) < 2) last.end = last.begin;
        }
    }
}

} // namespace

void cut_at_coordinated_reports(article_context const& article, report_list& reports) {
    auto& out = reports.items();
    for_each_overlapping_pair(out, [&](attribution& a, attribution const& b, std::size_t, std::size_t) { cut_before(article, a, b); });
    std::erase_if(out, [](attribution const& a) {
        return std::all_of(a.spans.begin(), a.spans.end(), [](text_span const& s) { return s.begin >= s.end; });
    });
}

} // namespace verbatim::attribute::rules
