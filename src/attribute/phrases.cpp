// attribute/phrases.cpp — what a noun phrase near a cue is.
#include "attribute/phrases.hpp"

#include <algorithm>
#include <cctype>

namespace verbatim::attribute {

bool common_word_at_start(article_context const& article, std::string_view bound, text::sentence const& s,
                          g::speaker_phrase const& sp) {
    if (sp.tokens.size() != 1 || sp.tokens[0].part != g::np_part::name || sp.begin != s.begin) return false;
    std::string w(article.text_of(sp));
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
    if (g::skip_time_phrase(bound, sp.begin) > 0) return true; // "Hours later, …", "Two days after …"
    // "Continuing, …", "Likewise, …": a participle or adverb, not a name.
    if (w.size() > 5 && (g::has_form(w, wf::participle) || g::has_form(w, wf::adverb) || g::has_form(w, wf::wise))) return true;
    // ("Listen, it gets worse", "Still, we …": an everyday word alone before a comma and a
    // pronoun's clause; not a place's or a person's name, "Harbor, which …")
    if (sp.end + 2 < bound.size() && bound[sp.end] == ',' && bound[sp.end + 1] == ' ' && g::is_common_word(w) && !g::is_first_name(w) &&
        !g::is_place_name(w)) {
        std::size_t e = sp.end + 2;
        while (e < bound.size() && std::isalpha(static_cast<unsigned char>(bound[e]))) ++e;
        auto const next = bound.substr(sp.end + 2, e - sp.end - 2);
        if (g::in_class(next, wc::pronoun_it) || g::in_class(next, wc::subject_pronoun)) return true;
    }
    w[0] = static_cast<char>(w[0] - 'A' + 'a');
    return article.writes_in_lower_case(w);
}

bool common_word_at_start(sentence_context const& sv, g::speaker_phrase const& sp) {
    return common_word_at_start(sv.article(), sv.bound(), sv.sentence(), sp);
}

bool only_a_time(std::string_view bound, g::speaker_phrase const& sp) {
    std::size_t p = sp.begin + g::skip_time_phrase(bound, sp.begin);
    while (p < sp.end && is_space(bound[p])) ++p;
    return p >= sp.end;
}

bool after_preposition(sentence_context const& sv, std::size_t pos) {
    auto w = sv.letters_before(pos);
    if (w.end == pos || w.end <= sv.begin() || w.begin == w.end || w.begin != sv.over_blank(sv.begin())) return false;
    return g::is_preposition(sv.article().lowered_first(w));
}

bool approximated_count(sentence_context const& sv, g::speaker_phrase const& sp) {
    auto const& article = sv.article();
    auto const& first = sp.tokens.front();
    if (first.part != g::np_part::group) return false; // (counts are read as groups: "four in 10")
    bool multiplier = false;
    auto word = sv.word_at(first.begin);
    bool count = std::isdigit(static_cast<unsigned char>(sv.text()[first.begin])) ||
                 g::number_word_value(article.lowered_first({first.begin, first.begin + word.size()}), multiplier).has_value();
    if (!count) return false;
    auto w = article.lowered_first(sv.letters_before(sp.begin));
    return g::in_class(w, wc::approximator);
}

bool gerund_noun(sentence_context const& sv, g::cue_match const& cue) {
    auto const t = sv.text();
    auto const& article = sv.article();
    auto const verb = t.substr(cue.begin, cue.end - cue.begin);
    bool const noun_form = g::has_form(verb, wf::participle) || g::has_form(verb, wf::plural);
    std::size_t const e = sv.back_over_blank(cue.begin);
    if (e == cue.begin) return false;
    std::string_view const before = t.substr(sv.begin(), e - sv.begin());
    auto w = article.lowered_first(sv.letters_before(cue.begin));
    if (before.ends_with("'s") || before.ends_with("\xE2\x80\x99s") || before.ends_with("s'") || before.ends_with("s\xE2\x80\x99")) {
        if (!noun_form) return false; // ("Okafor's said": there "’s" is "has")
        // (not "She’s arguing", "It's opposing": there "’s" is "is")
        std::size_t const a = before.ends_with("s'") || before.ends_with("'s") ? 2 : 4;
        auto owner = article.lowered_first(sv.letters_before(e - a));
        return !g::in_class(owner, wc::contracted_subject);
    }
    // "a hastily called meeting", "the reported deal": a past form after an article (and an
    // adverb) describes the noun after it
    if (g::has_form(verb, wf::past)) {
        // (whole words only: "Sørlan" ends in the letters "an")
        auto const whole = [&](text_span span) { return span.begin < span.end && (span.begin == sv.begin() || t[span.begin - 1] == ' '); };
        auto const prev = sv.letters_before(cue.begin);
        if (whole(prev) && g::in_class(w, wc::article)) return true;
        if (whole(prev) && g::has_form(t.substr(prev.begin, prev.end - prev.begin), wf::adverb))
            if (auto const det = sv.letters_before(prev.begin); whole(det) && g::in_class(article.lowered_first(det), wc::article)) return true;
    }
    // ("let her say": "her" before a bare verb is its object)
    bool const ambiguous = g::in_class(w, wc::ambiguous_possessive);
    if (!ambiguous && possessive_pronoun(w)) return true;
    return (ambiguous || g::in_class(w, wc::definite_article)) && noun_form;
}

bool passive(sentence_context const& sv, std::size_t from, g::cue_match const& cue) {
    return !g::has_form(sv.text().substr(cue.begin, cue.end - cue.begin), wf::participle) && copula_between(sv, from, cue.begin);
}

bool copula_between(sentence_context const& sv, std::size_t from, std::size_t to) {
    for (std::size_t p = sv.over_blank(from); p < to;) {
        auto w = sv.word_at(p);
        if (w.empty()) return false;
        if (g::is_copula(w)) return true;
        p = sv.over_blank(p + w.size());
    }
    return false;
}

bool possessive_noun_cue(sentence_context const& sv, g::speaker_phrase const& sp, g::cue_match const& cue) {
    auto verb = sv.text().substr(cue.begin, cue.end - cue.begin);
    if (sp.tokens.size() < 2 || !g::in_class(verb, wc::speech_noun)) return false;
    if (!possessive_pronoun(sv.article().lowered_first({sp.tokens[0].begin, sp.tokens[0].end}))) return false;
    // ("her string of late-night tweets": plain words and a link between)
    return std::all_of(sp.tokens.begin() + 1, sp.tokens.end(), [](g::np_token const& t) {
        return t.part == g::np_part::common || t.part == g::np_part::modifier || t.part == g::np_part::link;
    });
}

bool adjective_participle(sentence_context const& sv, attribution const& a, g::cue_match const& cue) {
    if (!a.speaker || a.speaker->tokens.empty()) return false;
    auto const& last = a.speaker->tokens.back();
    auto w = sv.text().substr(last.begin, last.end - last.begin);
    bool number = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; });
    return (number || g::in_class(w, wc::comparative_quantifier)) && sv.back_over_blank(cue.begin) == a.speaker->end;
}

std::optional<g::speaker_phrase> source_phrase(sentence_context const& sv, std::size_t pos) {
    auto const t = sv.text();
    g::speaker_phrase sp;
    sp.begin = pos;
    for (int k = 0; k < 6 && pos < sv.clause_end(); ++k) {
        auto w = sv.word_at(pos);
        if (w.empty()) break;
        auto const lower = g::lower_ascii(w);
        // (a subject pronoun opens a relative clause: "documents he filed", "a report she wrote")
        bool stop = g::is_preposition(lower) ||
                    (k > 0 && (g::has_form(lower, wf::past) || g::in_class(lower, wc::source_phrase_stop) || g::is_finite_verb(lower)));
        if (stop) break;
        bool det = k == 0 && g::in_class(lower, wc::source_determiner);
        sp.tokens.push_back({det ? g::np_part::determiner : g::np_part::common, pos, pos + w.size()});
        sp.end = pos + w.size();
        pos = sv.over_blank(pos + w.size());
        if (pos < sv.end() && t[pos] == ',') break;
    }
    if (sp.tokens.empty() || sp.tokens.back().part == g::np_part::determiner) return std::nullopt;
    return sp;
}

bool opens_postmodifier(sentence_context const& sv, std::size_t p) {
    auto const w = sv.word_at(p);
    if (w.empty()) return false;
    std::size_t const after = sv.over_blank(p + w.size());
    auto const next = sv.word_at(after);
    bool const participle = (w.size() > 4 && g::has_form(w, wf::participle) && !g::is_preposition(w)) ||
                            // a passive participle before a preposition or a time ("released on
                            // Monday", "involved in", "taken over ten days")
                            (((w.size() > 4 && g::has_form(w, wf::past)) || g::in_class(w, wc::irregular_participle)) &&
                             (g::is_preposition(next) || sv.time_phrase_at(after) > 0));
    bool const adjective = (g::in_class(w, wc::adjective_with) && g::in_class(next, wc::with_word)) ||
                           (g::in_class(w, wc::adjective_to) && g::in_class(next, wc::to_word));
    return participle || adjective;
}

bool adding_relative(std::string_view text, g::speaker_phrase const& sp) {
    if (!sp.relative()) return false;
    std::size_t const from = sp.tokens.back().end;
    return text.substr(from, sp.begin - from).find(',') != std::string_view::npos;
}

std::optional<g::speaker_phrase> sentence_subject(sentence_context const& sv, std::size_t cue, report_list const& reports) {
    auto const t = sv.text();
    auto const& article = sv.article();
    auto subject_at = [&](std::size_t pos) -> std::optional<g::speaker_phrase> {
        auto sp = sv.speaker_at(pos);
        if (!sp || sp->end >= cue || common_word_at_start(sv, *sp)) return std::nullopt;
        // ("A day after the storm, …": a time phrase is no subject)
        if (only_a_time(sv.bound(), *sp)) return std::nullopt;
        return sp;
    };
    auto const& out = reports.items();
    // (a report inside what another report of this sentence reports, "told them that she believes
    // we must …", is not the main clause's either; only this sentence's reports are read, as below)
    auto const nested = [&](attribution const& r) {
        for (auto o = out.rbegin(); o != out.rend() && o->cue && o->cue->begin >= sv.begin(); ++o)
            if (&*o != &r && std::any_of(o->spans.begin(), o->spans.end(), [&](text_span s) { return s.begin <= r.speaker->begin && r.speaker->begin < s.end; }))
                return true;
        return false;
    };
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (!it->cue || it->cue->begin < sv.begin()) break;
        // (a report in a relative clause, "…, who said …", is not the main clause's)
        if (it->cue->begin < cue && it->speaker && !it->speaker->relative() && !nested(*it)) {
            // "Whereas Berg felt A, Okafor favored B, arguing …": a report in an opening
            // subordinate clause is not the main clause's; its subject follows the comma.
            std::size_t const first = sv.over_blank(sv.begin());
            auto first_word = sv.word_at(first);
            if (!first_word.empty() && g::is_subordinator(article.lowered_first({first, first + first_word.size()})))
                for (std::size_t p = it->cue->end; p < cue; ++p)
                    if (article.separating_comma(p) && sv.quote_at(p) < 0) {
                        if (auto sp = subject_at(sv.over_blank(p + 1))) return sp;
                        break;
                    }
            return it->speaker;
        }
    }
    if (auto sp = opening_subject(sv, cue, subject_at)) return sp;
    // "On March 3 she closed the inquiry by announcing that …": an opening phrase without a
    // comma; a subject pronoun (he, she, they, we) is the subject.
    for (std::size_t w = sv.begin(); w < cue && w < sv.begin() + 200; ++w) {
        if (t[w] != 'h' && t[w] != 's' && t[w] != 't' && t[w] != 'w') continue;
        if (w > sv.begin() && t[w - 1] != ' ') continue;
        if (sv.quote_at(w) >= 0) continue;
        auto word = sv.word_at(w);
        if (g::in_class(word, wc::subject_pronoun))
            if (auto sp = sv.speaker_at(w); sp && sp->end <= cue) return sp;
    }
    return std::nullopt;
}

bool ends_longer_name(sentence_context const& sv, g::speaker_phrase const& sp) {
    auto const w = sv.letters_before(sp.begin);
    return g::in_class(sv.text().substr(w.begin, w.end - w.begin), wc::and_word) && !sp.tokens.empty() &&
           sp.tokens.front().part != g::np_part::determiner;
}

/// "The mayor texted volunteers saying: “…”", "Her team sent out a note saying …": the noun
/// phrase `object` before a participle cue is the verb's object; the sentence's subject speaks.
/// (But "the video shows Berg saying …": a name before the participle is who speaks; so is the
/// phrase after "with": "…, with The Harbor Times reporting …".)
std::optional<g::speaker_phrase> subject_of_participle(sentence_context const& sv, g::speaker_phrase const& object,
                                                       g::cue_match const& cue, report_list const& reports) {
    auto const t = sv.text();
    if (!g::has_form(sv.word_at(cue.begin), wf::participle) || article_context::all_names(object)) return std::nullopt;
    std::size_t b = sv.back_over_blank(object.begin);
    if (b <= sv.begin() || !std::isalpha(static_cast<unsigned char>(t[b - 1]))) return std::nullopt;
    // ("… and The Harbor Times reporting": a name whose "The" is written in capitals inside the
    // sentence is a title's, whole)
    if (t[object.begin] >= 'A' && t[object.begin] <= 'Z' && sv.article().proper_name(object)) return std::nullopt;
    // "…, with a report from AP stating …": the phrase after "with" is the participle's own
    // subject (an absolute construction), not the verb's object; but "…, with officials saying":
    // a bare group is the sentence subject's own people.
    auto const before = sv.letters_before(object.begin);
    bool const bare_group = object.tokens.size() == 1 && object.tokens[0].part == g::np_part::group;
    if (!bare_group && g::in_class(t.substr(before.begin, before.end - before.begin), wc::hanging_phrase_opener)) return std::nullopt;
    auto subject = sentence_subject(sv, cue.begin, reports);
    if (!subject || subject->end > object.begin) return std::nullopt;
    // not a sentence adverb or a label ("Worse, …", "CLARIFICATION: …")
    std::size_t n = sv.over_blank(subject->end);
    bool label = n < sv.end() && (t[n] == ':' || (t[n] == ',' && subject->tokens.size() == 1));
    if (label) return std::nullopt;
    return subject;
}

} // namespace verbatim::attribute
