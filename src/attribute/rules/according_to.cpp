// Sentence rule "according-to":
//   "The ferry will stay in service, according to the harbour office."
// The source after "according to" vouches for the clause before it (", according to X"), after it
// ("According to X, …"), or around it ("A, according to X, B"); with no comma, for the sentence
// it ends ("Berg leads 46 to 39 according to a TV poll."). A source the grammar does not know as
// a speaker is read as a plain noun phrase ("according to city rules").
#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

/// The clause before the cue that the source vouches for: the sentence up to the comma or quote,
/// or only its last phrase hung on with a comma ("…, with 61 percent of anglers rating her
/// highly, according to a survey").
text_span clause_before(sentence_context const& sv, std::size_t before) {
    auto const t = sv.text();
    text_span content = trim(t, {sv.begin(), t[before - 1] == ',' ? before - 1 : before});
    for (std::size_t p = content.end; p-- > content.begin + 1;) {
        if (t[p] != ',' || sv.quote_at(p) >= 0) continue;
        std::size_t n = sv.over_blank(p + 1);
        auto w = sv.word_at(n);
        if (g::in_class(w, wc::hanging_phrase_opener)) content.begin = n;
        break;
    }
    return content;
}

} // namespace

void according_to(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& cue = site.cue;
    std::size_t const from = sv.over_blank(cue.end);
    auto sp = sv.speaker_at(from);
    bool named = sp.has_value();
    if (!sp) sp = source_phrase(sv, from); // "according to city rules", "… to first counts of the ballots"
    if (!sp) return;
    attribution a;
    a.cue = cue;
    a.speaker = sp;
    a.rule = "according-to";
    // Where the source's own words end: its noun phrase, then what hangs on it up to a comma
    // ("a TV poll released Monday", "a letter from the head of the union").
    std::size_t after = sp->end;
    while (after < sv.clause_end() && t[after] != ',' && sv.quote_at(after) < 0) ++after;
    std::size_t before = sv.back_over_blank(cue.begin);
    text_span content;
    if (before > sv.begin() && (t[before - 1] == ',' || sv.quote_closing_before(cue.begin) >= 0)) {
        content = clause_before(sv, before);
    } else if (before == sv.begin()) {
        std::size_t p = sv.over_blank(after);
        if (p < sv.end() && t[p] == ',') ++p;
        content = trim(t, {p, sv.clause_end()});
    } else if (named && sv.over_blank(after) >= sv.clause_end() && text::count_words(t, {sv.begin(), before}, 3) >= 3) {
        // "Berg leads 46 to 39 according to a TV poll.": no comma, the source ends the sentence.
        content = trim(t, {sv.begin(), before});
    } else {
        return;
    }
    if (before != sv.begin() && !g::looks_like_clause(t, content.begin, content.end)) {
        // "About 9 p.m., according to a city timeline, the crowd left …": the sentence goes on
        // after the source; what was reported is all of it.
        std::size_t p = sv.over_blank(after);
        if (p < sv.clause_end() && t[p] == ',' && text::count_words(t, {p + 1, sv.clause_end()}, 3) >= 3) {
            reported_clause(sv, a, trim(t, {p + 1, sv.clause_end()}));
            if (content.begin < content.end) a.spans.insert(a.spans.begin(), content);
            reports.keep(std::move(a));
            return;
        }
    }
    if (text::count_words(t, content, 2) < 2) return;
    reported_clause(sv, a, content);
    reports.keep(std::move(a));
}

} // namespace verbatim::attribute::rules
