// Speaker rule "subject-before-cue":
//   "Mayor Anna Berg said the ferry would stay."
// A noun phrase right before the cue (adverbs and auxiliaries allowed between: "had previously
// said") is its subject — not a time phrase ("last week rejected"), not a possessive before a
// noun of speech ("his latest remarks"), not a preposition's object ("In a message posted
// Friday"). Before a passive cue there is no speaker at all ("she was called a “traitor”"). Before
// a participle cue, a noun phrase that is no name is the verb's object, and the sentence's subject
// speaks ("The mayor texted volunteers saying: “…”").
#include <algorithm>
#include <cctype>

#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

/// The first word a subject may start at: at most 14 words before the cue, and after the last
/// comma, colon or bracket before it (no phrase runs over one: the grammar is not asked).
std::size_t first_subject_start(sentence_context const& sv, std::size_t wi, std::size_t cue) {
    auto const t = sv.text();
    auto const& words = sv.words();
    std::size_t first_start = wi > 14 ? wi - 14 : 0;
    for (std::size_t q = cue; first_start < wi && q-- > words[first_start];) {
        char const c = t[q];
        if ((c == ',' && !sv.article().thousands_comma(q)) || c == ';' || c == ':' || c == '(' || c == ')' || c == '!' || c == '?') {
            while (first_start < wi && words[first_start] <= q) ++first_start;
            break;
        }
    }
    return first_start;
}

/// "The High Court of England and Wales ruled", "the Court of Appeal of Bosnia and Herzegovina
/// said": a name after "and" that closes the "of" phrase of a body before it is part of the body's
/// name: the body's phrase, to the name's end (or none).
std::optional<g::speaker_phrase> body_across_and(sentence_context const& sv, g::speaker_phrase const& name, std::size_t from,
                                                 std::size_t k) {
    auto const& words = sv.words();
    if (!article_context::all_names(name) || name.tokens.size() > 2) return std::nullopt;
    auto const conj = sv.letters_before(name.begin);
    if (conj.end - conj.begin != 3 || sv.text().substr(conj.begin, 3) != "and") return std::nullopt;
    std::size_t const left_end = sv.back_over_blank(conj.begin);
    for (std::size_t j = from; j < k && words[j] < left_end; ++j)
        if (auto body = sv.speaker_ending_at(words[j], left_end)) {
            auto const link = std::find_if(body->tokens.begin(), body->tokens.end(), [](g::np_token const& w) { return w.part == g::np_part::link; });
            if (link == body->tokens.begin() || link == body->tokens.end() || body->tokens.back().part != g::np_part::name) return std::nullopt;
            // (the word before the link heads a body's name: "Court", "Department", "Ministry")
            auto const head = std::prev(link);
            if (!g::is_generic_org_word(sv.text().substr(head->begin, head->end - head->begin))) return std::nullopt;
            body->end = name.end;
            body->tokens.insert(body->tokens.end(), name.tokens.begin(), name.tokens.end());
            return body;
        }
    return std::nullopt;
}

} // namespace

/// "Experts on North Korea said", "The Court of Session in Scotland said": the place before the
/// cue is the object of a preposition that modifies the phrase before it, which speaks: that
/// phrase, from a subject start up to the preposition. (Not after "by" or "from": "a report by
/// the council" is the council's.)
std::optional<g::speaker_phrase> head_before_preposition(sentence_context const& sv, g::speaker_phrase const& object, std::size_t from,
                                                         std::size_t k) {
    auto const& words = sv.words();
    // (a place the word lists know as the object: "Special Rapporteur on North Korea Tomas Ojea
    // Quintana said" is Quintana's)
    auto const t = sv.text();
    if (!g::is_place_name(t.substr(object.begin, object.end - object.begin))) return std::nullopt;
    auto prep = sv.letters_before(object.begin);
    // ("Officials in Lyon, France said": a town, a comma and the place it lies in; the preposition
    // stands before the town)
    if (std::size_t const comma = sv.back_over_blank(object.begin); comma > sv.begin() && t[comma - 1] == ',') {
        auto const town = sv.letters_before(comma - 1);
        if (town.begin == town.end || t[town.begin] < 'A' || t[town.begin] > 'Z') return std::nullopt;
        prep = sv.letters_before(town.begin);
        from = 0;
    }
    if (prep.begin == prep.end || !g::in_class(sv.article().lowered_first(prep), wc::modifying_preposition)) return std::nullopt;
    std::size_t const end = sv.back_over_blank(prep.begin);
    for (std::size_t j = from; j < k && words[j] < end; ++j)
        if (auto head = sv.speaker_ending_at(words[j], end)) {
            // ("the Department of Justice", "the Panel on Climate Change": a body's name goes on
            // past its head word; not read here)
            auto const last = sv.text().substr(head->tokens.back().begin, head->tokens.back().end - head->tokens.back().begin);
            if (g::is_generic_org_word(last)) return std::nullopt;
            // ("the Office of Roads and Ports in Harbor": the end of a longer name after "and";
            // not "… and the Harbor College in Oslo", a body of its own)
            if (ends_longer_name(sv, *head)) return std::nullopt;
            return head;
        }
    return std::nullopt;
}

/// A cue word in its bare form ("show", "post"; not "shows", "posted", "said") right after a
/// phrase ending in a singular name: no verb agrees so, the words are a compound noun.
/// (Not when the name ends a longer subject: "officials of the Justice Department say", "Palin
/// and Begich intend".)
/// (So too after a possessive's plain singular noun: "Tom Reyes' radio show aired".)
bool noun_after_name(sentence_context const& sv, g::speaker_phrase const& sp, g::cue_match const& cue) {
    if (sp.tokens.empty() || sv.back_over_blank(cue.begin) != sp.end) return false;
    bool const owned_noun = sp.tokens.back().part == g::np_part::common &&
                            std::any_of(sp.tokens.begin(), sp.tokens.end(), [](g::np_token const& k) { return k.part == g::np_part::possessive; });
    if (sp.tokens.back().part != g::np_part::name && !owned_noun) return false;
    if (std::any_of(sp.tokens.begin(), sp.tokens.end(), [](g::np_token const& k) { return k.part == g::np_part::link; })) return false;
    auto const t = sv.text();
    auto const before = sv.letters_before(sp.begin);
    auto const word_before = t.substr(before.begin, before.end - before.begin);
    if (g::in_class(word_before, wc::and_word) || g::in_class(word_before, wc::of_word)) return false;
    auto const name = t.substr(sp.tokens.back().begin, sp.tokens.back().end - sp.tokens.back().begin);
    auto const verb = t.substr(cue.begin, cue.end - cue.begin);
    if (has_form(name, wf::plural) || has_form(verb, wf::plural) || has_form(verb, wf::past) || has_form(verb, wf::participle)) return false;
    return g::base_form(verb) == g::lower_ascii(verb);
}

verdict subject_before_cue(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    auto const& words = sv.words();
    auto const& cue = site.cue;
    std::size_t object_end = 0; // a prepositional object ends here: nothing inside it speaks
    std::size_t const first_start = first_subject_start(sv, site.word, cue.begin);
    for (std::size_t k = first_start; k < site.word; ++k) {
        auto m = g::match_subject_cue(sv.bound(), words[k]);
        // Inside a prepositional object only a name may speak ("In the statement Netanyahu
        // said": the grammar read "the statement Netanyahu" as one phrase).
        if (words[k] < object_end && m && !article_context::all_names(m->speaker)) continue;
        if (!m || m->cue.begin != cue.begin) continue;
        // ("last week rejected": a time phrase is no speaker; the subject stands before it)
        if (sv.over_blank(m->speaker.begin + sv.time_phrase_at(m->speaker.begin)) >= m->speaker.end) continue;
        // ("… during the weekend said": nor is the object of a time phrase's lead)
        if (auto const lead = sv.letters_before(m->speaker.begin);
            lead.begin != lead.end && sv.over_blank(lead.begin + sv.time_phrase_at(lead.begin)) >= m->speaker.end)
            continue;
        // ("his latest remarks": after a possessive and plain words, the cue word is the noun)
        if (possessive_noun_cue(sv, m->speaker, cue)) continue;
        // ("the radio show", "a Mastodon post": a bare verb form after a singular name agrees with
        // no subject; the two are one noun)
        if (noun_after_name(sv, m->speaker, cue)) continue;
        if (common_word_at_start(sv, m->speaker)) continue;
        if (after_preposition(sv, m->speaker.begin) && !approximated_count(sv, m->speaker)) {
            object_end = m->speaker.end; // "In a message posted Friday": not "message" either
            continue;
        }
        if (passive(sv, m->speaker.end, cue)) return verdict::no_speaker; // "she was called a “traitor”"
        // ("a company called Harbor Analytica", "an inflation formula called the “chained fare”":
        // a naming participle after an indefinite plain noun names that thing; nobody speaks)
        if (cue.naming && m->speaker.tokens.size() >= 2 && m->speaker.tokens.front().part == g::np_part::determiner &&
            g::in_class(sv.word_at(m->speaker.begin), wc::indefinite_article) && m->speaker.tokens.back().part == g::np_part::common)
            return verdict::no_speaker;
        if (auto body = body_across_and(sv, m->speaker, first_start, k)) {
            site.speaker = found_speaker{*body};
            return verdict::found;
        }
        if (auto head = head_before_preposition(sv, m->speaker, first_start, k)) {
            site.speaker = found_speaker{*head};
            return verdict::found;
        }
        if (auto subject = subject_of_participle(sv, m->speaker, cue, reports)) {
            site.speaker = found_speaker{*subject, speaker_place::participle};
            return verdict::found;
        }
        site.speaker = found_speaker{m->speaker};
        return verdict::found;
    }
    return verdict::pass;
}

} // namespace verbatim::attribute::rules
