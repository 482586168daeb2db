// Cue rule "topic-after-cue":
//   "Anna Berg spoke about the future of the ferry."
// A verb that reports only what it is about ("spoke about the ferry", "talked of her plans",
// "railed against the tax") or what it points to ("pointed to the cost"): its preposition's
// object is the report. Such a cue reports nothing else.
#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {

bool topic_after_cue(cue_site& site, report_list& reports) {
    auto const& cue = site.cue;
    auto const& sv = site.sentence;
    auto const t = sv.text();
    std::size_t const p = follows_object(site).object;
    if (!cue.about && !(cue.to && g::in_class(sv.word_at(p), wc::to_word))) return false;
    auto prep = sv.word_at(p);
    // ("spoke against a bronze backdrop" is where; "railed against the tax" is what)
    bool against = g::in_class(prep, wc::against_word) && g::in_class(sv.word_at(cue.begin), wc::rail_verb);
    bool fits = cue.about ? g::in_class(prep, wc::about_word) || against : g::in_class(prep, wc::to_word);
    if (!fits) return true;
    auto a = new_report(site);
    std::size_t from = sv.over_blank(p + prep.size());
    text_span object = trim(t, {from, subordinate_clause_end(sv, a)});
    if (sv.quote_at(from) < 0 && text::count_words(t, object, 1) >= 1) {
        object.end = reported_object_end(sv, object, cue.naming);
        reported_clause(sv, a, object);
        reports.keep(std::move(a));
    }
    return true;
}

} // namespace verbatim::attribute::rules
