// Speaker rule "relative-subject":
//   "The plan was praised by Anna Berg, who said it would save the ferry."
// The speaker of "who" before a cue is the noun phrase before it ("…, said Tom Reyes, who said
// there were …", "a post from Lena Okafor who wrote …"); of "which" only a body's name or a
// document ("the Harbor Police Department which reported …"); not "that": the noun before it is
// seldom the speaker. Not a passive ("who was described as …"): its subject says nothing.
#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

verdict relative_subject(cue_site& site, report_list&) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& words = sv.words();
    std::size_t const wi = site.word;
    std::size_t before = sv.back_over_blank(site.cue.begin);
    before = sv.back_over_blank(before - g::skip_adverbs_backward(t, sv.begin(), before));
    before = before_time_phrase(sv, wi, before); // "…, who in May said …"
    std::size_t w = before;
    while (w > sv.begin() && t[w - 1] >= 'a' && t[w - 1] <= 'z') --w;
    bool const which = g::in_class(t.substr(w, before - w), wc::relative_which);
    if (!which && !g::in_class(t.substr(w, before - w), wc::relative_who)) return verdict::pass;
    // ("Reyes, who was described as … by the police": a passive's subject is not who says it)
    if (passive(sv, before, site.cue)) return verdict::no_speaker;
    std::size_t end = sv.back_over_blank(w);
    if (end > sv.begin() && t[end - 1] == ',') end = sv.back_over_blank(end - 1);
    for (std::size_t k = wi > 12 ? wi - 12 : 0; k < wi && words[k] < end; ++k)
        if (auto sp = sv.speaker_ending_at(words[k], end)) {
            // ("which": only after a body's name or a document, "the Harbor Police Department
            // which reported", "a report which found"; not "the plan which said nothing")
            // (not a place: "Ohio, which is planning …" acts, and "a report on Norway which found …"
            // is the report's; nor the end of a longer name: "… of Roads and Tunnels")
            if (which) {
                auto const before_phrase = sv.letters_before(sp->begin);
                std::size_t const name_begin = sp->tokens.front().part == g::np_part::determiner && sp->tokens.size() > 1 ? sp->tokens[1].begin : sp->begin;
                if ((!sv.article().proper_name(*sp) && !sv.article().document_head(*sp)) || g::is_place_name(t.substr(name_begin, sp->end - name_begin)) ||
                    g::in_class(t.substr(before_phrase.begin, before_phrase.end - before_phrase.begin), wc::and_word))
                    return verdict::pass;
            }
            // (the mention is "who", standing for the phrase before it: its words are the
            // phrase's, as a pronoun's stand for its antecedent)
            sp->begin = w;
            sp->end = before;
            site.speaker = found_speaker{*sp};
            return verdict::found;
        }
    return verdict::pass;
}

} // namespace verbatim::attribute::rules
