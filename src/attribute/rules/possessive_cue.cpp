// Speaker rule "possessive-cue":
//   "Critics laughed at Anna Berg's claim that the ferry was safe."
// A cue word right after a possessive, then "that", is a noun of saying ("Berg's claim that …",
// "the mayor's warning that …"): the possessor said what the that-clause holds, whatever the
// sentence's own subject did with it. (Not "his latest remarks": a possessive pronoun owns no
// name to give; possessive-noun cues without "that" stay the sentence's business.)
#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

verdict possessive_cue(cue_site& site, report_list&) {
    auto const& sv = site.sentence;
    auto const& words = sv.words();
    auto const& cue = site.cue;
    std::size_t const wi = site.word;
    if (wi == 0 || !g::in_class(sv.word_at(sv.over_blank(cue.end)), wc::complementizer)) return verdict::pass;
    auto const t = sv.text();
    std::size_t const end = sv.back_over_blank(cue.begin);
    // the possessive mark: "’s", "'s", or an apostrophe after a plural ("the ministers’")
    std::size_t owner_end = end;
    for (std::string_view mark : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"})
        if (t.substr(0, end).ends_with(mark)) {
            owner_end = end - mark.size();
            break;
        }
    if (owner_end == end) return verdict::pass;
    // The owner: the capitalised words before the mark, a name ("Anna Berg's", "Reyes’s"; not
    // "his claim", "the report's claim"), at most four; not opening the sentence, where the
    // capital may be the sentence's and the phrase its subject, for the subject rules.
    g::speaker_phrase owner;
    owner.begin = owner.end = owner_end;
    for (std::size_t k = wi; k-- > 0 && owner.tokens.size() < 4;) {
        std::size_t const b = words[k];
        if (b >= owner_end) continue;
        std::size_t e = b;
        while (e < owner_end && t[e] != ' ') ++e;
        if (t[b] < 'A' || t[b] > 'Z' || (e != owner_end && (owner.tokens.empty() || e != sv.back_over_blank(owner.begin)))) break;
        owner.tokens.insert(owner.tokens.begin(), g::np_token{g::np_part::name, b, e});
        owner.begin = b;
    }
    if (owner.tokens.empty() || owner.begin == sv.over_blank(sv.begin())) return verdict::pass;
    // (what it reports follows the cue: nothing before the owner is what was said)
    site.speaker = found_speaker{owner, speaker_place::participle};
    return verdict::found;
}

} // namespace verbatim::attribute::rules
