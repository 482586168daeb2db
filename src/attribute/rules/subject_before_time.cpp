// Speaker rule "subject-before-time":
//   "The mayor on Monday said the ferry would stay."
// A time phrase stands between the subject and the cue ("The council last week rejected"): the
// noun phrase that ends where the time phrase begins is the subject.
#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

verdict subject_before_time(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    auto const& words = sv.words();
    auto const& cue = site.cue;
    std::size_t const wi = site.word;
    std::size_t const end = before_time_phrase(sv, wi, cue.begin);
    if (end == cue.begin) return verdict::pass;
    for (std::size_t j = wi > 14 ? wi - 14 : 0; j < wi && words[j] < end; ++j)
        if (auto sp = sv.speaker_ending_at(words[j], end);
            sp && !common_word_at_start(sv, *sp) && !after_preposition(sv, sp->begin) && !passive(sv, sp->end, cue)) {
            // ("Reyes posted a series of tweets early Friday saying …": the object of the verb
            // before a participle; the sentence's subject speaks)
            if (auto subject = subject_of_participle(sv, *sp, cue, reports)) {
                site.speaker = found_speaker{*subject, speaker_place::participle};
                return verdict::found;
            }
            site.speaker = found_speaker{*sp};
            return verdict::found;
        }
    return verdict::pass;
}

} // namespace verbatim::attribute::rules
