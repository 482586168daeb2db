// Article rule "subject-verb-quote":
//   "Anna Berg coined a new phrase, “ferry first”, at the meeting."
// A mixed quotation in the predicate of its sentence's subject, with no speech cue: the subject's
// own words inside what it did ("He has coined a new phrase, “…”", "she vowed to “fight on”"),
// when the sentence reads SUBJECT [adverbs, auxiliaries] VERB … “…” with an active finite verb (no
// copula: "he was called a “traitor”" is someone else's word) and nothing but words between the
// verb and the quote (or a comma that sets the quote off as what was named).
#include <algorithm>

#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

/// The subject of sentence `sv` that may have said quote `q`: a person, title, role or pronoun.
std::optional<g::speaker_phrase> person_opening(sentence_context const& sv, text::quote_span const& q) {
    auto const t = sv.text();
    auto person = [&](std::size_t pos) -> std::optional<g::speaker_phrase> {
        auto sp = sv.speaker_at(pos);
        if (!sp || sp->end >= q.open || common_word_at_start(sv, *sp)) return std::nullopt;
        auto last = sp->tokens.back().part;
        if (last != g::np_part::pronoun && last != g::np_part::name && last != g::np_part::title && last != g::np_part::role)
            return std::nullopt;
        if (last == g::np_part::pronoun) {
            auto gd = g::pronoun_gender(t.substr(sp->begin, sp->end - sp->begin));
            if (gd != g::gender::male && gd != g::gender::female && gd != g::gender::plural && gd != g::gender::neuter) return std::nullopt;
        }
        return sp;
    };
    return opening_subject(sv, q.open, person);
}

/// Where the content begins after the subject's active finite verb, if the predicate reads so.
std::optional<std::size_t> after_finite_verb(sentence_context const& sv, g::speaker_phrase const& sp, text::quote_span const& q) {
    auto const t = sv.text();
    std::size_t verb = sv.over_blank(sp.end);
    std::size_t after_adverbs = verb + g::skip_adverbs(sv.bound(), verb);
    if (copula_between(sv, verb, after_adverbs)) return std::nullopt; // auxiliaries read as adverbs: no copula among them
    verb = after_adverbs;
    auto w = sv.word_at(verb);
    if (w.size() < 3 || w[0] < 'a' || w[0] > 'z' || g::is_copula(w) || g::is_function_word(w)) return std::nullopt;
    bool finite = g::has_form(w, wf::past) || (g::has_form(w, wf::plural) && !g::has_form(w, wf::double_s)) || g::is_finite_verb(w);
    if (!finite) return std::nullopt;
    std::size_t content_begin = sv.over_blank(verb + w.size());
    if (content_begin > q.open || text::count_words(t, {content_begin, q.open}, 13) > 12) return std::nullopt;
    std::size_t before_quote = sv.back_over_blank(q.open);
    for (std::size_t p = content_begin; p < q.open; ++p)
        if ((t[p] == ',' && p + 1 != before_quote) || t[p] == ';' || t[p] == ':' || t[p] == '(') return std::nullopt;
    return content_begin;
}

} // namespace

bool subject_verb_quote(article_context& article, text::quote_span const& q, report_list& reports) {
    auto const& sentences = article.layout().sentences;
    auto it = std::upper_bound(sentences.begin(), sentences.end(), q.open, [](std::size_t pos, text::sentence const& s) { return pos < s.begin; });
    if (it == sentences.begin()) return false;
    auto const& s = *std::prev(it);
    if (q.open < s.begin || q.open >= s.end) return false;
    sentence_context sv(article, s);
    auto const t = sv.text();
    auto sp = person_opening(sv, q);
    if (!sp) return false;
    auto content_begin = after_finite_verb(sv, *sp, q);
    if (!content_begin) return false;
    attribution a;
    a.speaker = sp;
    a.paragraph = s.paragraph;
    a.rule = "subject-verb-quote";
    // To the end of the clause, or to the first comma after the quote ("… “public option”, which
    // would …": the writer's aside).
    std::size_t content_end = std::max<std::size_t>(sv.clause_end(), q.close_end);
    for (std::size_t p = q.close_end; p < content_end; ++p)
        if ((t[p] == ',' || t[p] == ';') && sv.quote_at(p) < 0) {
            content_end = p;
            break;
        }
    reported_clause(sv, a, trim(t, {*content_begin, content_end}));
    if (a.quoted.empty()) return false;
    reports.keep(std::move(a));
    return true;
}

} // namespace verbatim::attribute::rules
