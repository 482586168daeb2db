// Sentence rule "asked":
//   "Asked whether the ferry would stay, Anna Berg shrugged."
// A question put by someone the article does not name ("When asked whether …", "She was asked
// about the budget", "… said when asked whether …"): its content is the question (after "about",
// what it was about), up to the comma that closes an opening clause; "asked by a listener whether
// …" names the one who asked.
#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

void asked(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& cue = site.cue;
    if (!cue.question || !cue.takes_object) return;
    auto verb = t.substr(cue.begin, cue.end - cue.begin);
    if (!g::in_class(verb, wc::asked_cue)) return;
    auto before = sv.letters_before(cue.begin);
    auto b = t.substr(before.begin, before.end - before.begin);
    bool opening = cue.begin == sv.over_blank(sv.begin()) ||
                   (g::in_class(b, wc::asked_opener) && before.begin == sv.over_blank(sv.begin()));
    // ("“Certainly,” Reyes said when asked whether …": inside the sentence too)
    bool when = g::in_class(b, wc::asked_after);
    bool passive_aux = g::in_class(b, wc::passive_auxiliary);
    if (!opening && !passive_aux && !when) return;
    std::size_t p = sv.over_blank(cue.end);
    p = sv.over_blank(p + sv.time_phrase_at(p)); // "Asked on Monday whether …"
    attribution a;
    a.rule = "asked";
    // "asked by a listener whether …": the one who asked
    if (auto by = sv.word_at(p); g::in_class(by, wc::by_word))
        if (auto asker = sv.speaker_at(sv.over_blank(p + by.size()))) {
            a.speaker = asker;
            p = sv.over_blank(asker->end);
        }
    auto w = sv.word_at(p);
    if (g::in_class(w, wc::topic_about)) p = sv.over_blank(p + w.size());
    else if (!is_question_word(w) && !infinitive_at(sv, p)) return;
    std::size_t end = sv.clause_end();
    if (opening || when)
        for (std::size_t q = p; q < end; ++q) {
            if (auto qi = sv.quote_at(q); qi >= 0) {
                q = sv.article().quote(static_cast<std::size_t>(qi)).close_end - 1;
                continue;
            }
            if (sv.article().separating_comma(q)) {
                end = q;
                break;
            }
        }
    text_span content = trim(t, {p, end});
    if (text::count_words(t, content, 2) < 2) return;
    a.cue = cue;
    a.paragraph = sv.paragraph();
    reported_clause(sv, a, content);
    reports.keep(std::move(a));
}

} // namespace verbatim::attribute::rules
