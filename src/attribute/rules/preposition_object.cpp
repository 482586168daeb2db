// Cue rule "preposition-object":
//   "Anna Berg called for a new ferry to the islands."
// What a speech verb is about, after its preposition, is what was said ("warned of a recession",
// "argued against the tax", "talked about how …"; "for" only after a call or an argument: "wrote
// for The Guardian" names an employer). Not after "said of", "told of", "asked about" (the words
// said, the hearer or a question come elsewhere), nor before a count ("argued for 20 minutes").
#include <cctype>

#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {

bool preposition_object(cue_site& site, report_list& reports) {
    auto const& cue = site.cue;
    auto const& f = follows_that(site);
    if (f.has_that || cue.kind != g::cue_class::speech || cue.takes_object || cue.question) return false;
    auto const& sv = site.sentence;
    auto const t = sv.text();
    std::size_t const p = f.that;
    auto prep = sv.word_at(p);
    auto verb = t.substr(cue.begin, cue.end - cue.begin);
    bool say = g::in_class(verb, wc::plain_say);
    bool call = g::in_class(verb, wc::calling_verb);
    if (say || !(g::in_class(prep, wc::speech_object_preposition) || (g::in_class(prep, wc::for_word) && call))) return false;
    std::size_t from = sv.over_blank(p + prep.size());
    bool count = from < sv.end() && std::isdigit(static_cast<unsigned char>(t[from])); // "argued for 20 minutes"
    auto a = new_report(site);
    text_span object = trim(t, {from, subordinate_clause_end(sv, a)});
    if (count || sv.quote_at(from) >= 0 || text::count_words(t, object, 2) < 2) return false;
    reported_clause(sv, a, object);
    reports.keep(std::move(a));
    return true;
}

} // namespace verbatim::attribute::rules
