// attribute/sieves.cpp — the order of the rules. Each cue of a sentence meets the speaker rules
// in turn until one names its speaker (or says it has none), then the cue rules in turn until
// one deals with what it reports; as in Stanford CoreNLP's quote attribution, the more certain
// rules come first and a rule skips what an earlier one settled.
#include <algorithm>
#include <array>
#include <cctype>

#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute {
namespace {

struct speaker_sieve {
    rule_info info;
    speaker_rule_fn run;
};
struct cue_sieve {
    rule_info info;
    cue_rule_fn run;
};

/// Who speaks for a cue, most certain first.
constexpr std::array speaker_sieves{
    speaker_sieve{{"possessive-cue", "speaker", "Critics laughed at Anna Berg's claim that the ferry was safe."}, rules::possessive_cue},
    speaker_sieve{{"postmodified-subject", "speaker", "A new survey released on Monday shows most residents want the ferry."}, rules::postmodified_subject},
    speaker_sieve{{"subject-before-cue", "speaker", "Mayor Anna Berg said the ferry would stay."}, rules::subject_before_cue},
    speaker_sieve{{"subject-before-time", "speaker", "The mayor on Monday said the ferry would stay."}, rules::subject_before_time},
    speaker_sieve{{"subject-before-parenthetical", "speaker", "Anna Berg, at a meeting in Astoria, said the ferry would stay."},
                  rules::subject_before_parenthetical},
    speaker_sieve{{"relative-subject", "speaker", "The plan was praised by Anna Berg, who said it would save the ferry."},
                  rules::relative_subject},
    speaker_sieve{{"inverted-speaker", "speaker", "\xE2\x80\x9CThe ferry stays,\xE2\x80\x9D said Mayor Anna Berg."}, rules::inverted_speaker},
    speaker_sieve{{"shared-subject", "speaker", "Anna Berg has warned that the ferry is old and says it must be replaced."},
                  rules::shared_subject},
    speaker_sieve{{"conjoined-subject", "speaker", "Anna Berg voted for the budget, but said the ferry was too costly."},
                  rules::conjoined_subject},
    speaker_sieve{{"participle-subject", "speaker", "Anna Berg voted against the plan, saying the ferry was too costly."},
                  rules::participle_subject},
    speaker_sieve{{"quantity-subject", "speaker", "Sixty-one percent said the ferry should stay."}, rules::quantity_subject},
};

/// What a cue with its speaker reports: before it, then after it.
constexpr std::array cue_sieves{
    cue_sieve{{"quote-before-cue", "cue", "\xE2\x80\x9CThe ferry stays,\xE2\x80\x9D Anna Berg said."}, rules::quote_before_cue},
    cue_sieve{{"clause-before-cue", "cue", "The ferry will stay in service, Anna Berg said."}, rules::clause_before_cue},
    cue_sieve{{"previous-sentence", "cue", "\xE2\x80\x9CThe ferry stays.\xE2\x80\x9D Anna Berg said."}, rules::previous_sentence},
    cue_sieve{{"quote-after-sentence", "cue", "Anna Berg agreed. \xE2\x80\x9CThe ferry stays.\xE2\x80\x9D"}, rules::quote_after_sentence},
    cue_sieve{{"quote-after-cue", "cue", "Anna Berg said: \xE2\x80\x9CThe ferry stays.\xE2\x80\x9D"}, rules::quote_after_cue},
    cue_sieve{{"topic-after-cue", "cue", "Anna Berg spoke about the future of the ferry."}, rules::topic_after_cue},
    cue_sieve{{"as-object", "cue", "Anna Berg sees the ferry as a lifeline for the islands."}, rules::as_object},
    cue_sieve{{"intention", "cue", "Anna Berg vowed to keep the ferry running."}, rules::intention},
    cue_sieve{{"request", "cue", "Anna Berg urged the council to keep the ferry running."}, rules::request},
    cue_sieve{{"preposition-object", "cue", "Anna Berg called for a new ferry to the islands."}, rules::preposition_object},
    cue_sieve{{"clause-after-cue", "cue", "Anna Berg said that the ferry would stay in service."}, rules::clause_after_cue},
};

/// The rules that run on a sentence or the whole article, by where they run.
constexpr std::array other_rules{
    rule_info{"headline", "sentence", "Anna Berg: Ferry Will Stay In Service\n\nThe council met on Monday."},
    rule_info{"according-to", "sentence", "The ferry will stay in service, according to the harbour office."},
    rule_info{"asked", "sentence", "Asked whether the ferry would stay, Anna Berg shrugged."},
    rule_info{"in-document", "sentence", "In a city survey published Friday, most residents backed the ferry."},
    rule_info{"transcript", "article", "Ferry talks\n\nThe mayor spoke to the radio on Monday.\n\nThe council chair joined her.\n\n"
                                       "BERG: We will keep the ferry running.\n\nREYES: We cannot afford it this year.\n\n"
                                       "BERG: We must keep it running."},
    rule_info{"dash-signature", "article", "\xE2\x80\x9CThe ferry is our lifeline.\xE2\x80\x9D \xE2\x80\x94 Anna Berg"},
    rule_info{"colon-introducer", "article", "Anna Berg was blunt: \xE2\x80\x9CThe ferry must stay. It is our lifeline.\xE2\x80\x9D"},
    rule_info{"subject-verb-quote", "article", "Anna Berg coined a new phrase, \xE2\x80\x9C" "ferry first\xE2\x80\x9D, at the meeting."},
    rule_info{"quote-paragraph", "article", "\xE2\x80\x9CThe ferry is our lifeline,\xE2\x80\x9D said Anna Berg.\n\n"
                                            "\xE2\x80\x9CWithout it the islands would be cut off from the town.\xE2\x80\x9D"},
    rule_info{"coordinated-cut", "article", "Anna Berg said the ferry would stay, and Tom Reyes said it would go."},
    rule_info{"nested", "article", "Anna Berg said she believed the ferry would stay."},
};

/// Every rule in one list: speaker rules, cue rules, then the others.
std::array<rule_info, speaker_sieves.size() + cue_sieves.size() + other_rules.size()> const rule_list = [] {
    std::array<rule_info, speaker_sieves.size() + cue_sieves.size() + other_rules.size()> out{};
    std::size_t i = 0;
    for (auto const& s : speaker_sieves) out[i++] = s.info;
    for (auto const& s : cue_sieves) out[i++] = s.info;
    for (auto const& r : other_rules) out[i++] = r;
    return out;
}();

/// ", who …", ", whose …" right after `pos`.
bool relative_follows(sentence_context const& sv, std::size_t pos) {
    std::size_t p = sv.over_blank(pos);
    if (p >= sv.clause_end() || sv.text()[p] != ',') return false;
    return g::in_class(sv.word_at(sv.over_blank(p + 1)), wc::relative_who);
}

/// Where what follows the cue begins: after the speaker when it follows the cue (and a relative
/// clause hung on it), after a hearer ("told reporters", "told the BBC on Sunday").
void locate_what_follows(cue_site& site) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& sp = site.speaker->phrase;
    auto const& cue = site.cue;
    auto const place = site.speaker->place;
    // (a relative pronoun's subject begins with the phrase it stands for: "Tom Reyes, who said")
    site.subject_begin = place == speaker_place::subject ? sp.first() : cue.begin;
    std::size_t after = place == speaker_place::inverted ? sp.end : cue.end;
    // "said one owner of a bakery who asked not to be named", "said Tom Reyes, who sold a
    // bakery": the relative clause is his
    if (place == speaker_place::inverted && (!clause_done(sv, after) || relative_follows(sv, after))) after = sv.clause_end();
    if (cue.takes_object) {
        // "told reporters", "told the BBC on Sunday"
        std::size_t p = sv.over_blank(after);
        if (auto obj = sv.speaker_at(p)) {
            after = obj->end;
            // "told the fishermen’s families": a possessive goes on to the noun it is of
            for (std::string_view mark : {"\xE2\x80\x99", "'"}) {
                std::size_t m = t.substr(after, mark.size()) == mark ? after + mark.size() : after;
                if ((m > after || t.substr(0, after).ends_with(mark)) && m < sv.clause_end() && t[m] == ' ') {
                    std::size_t const noun = sv.over_blank(m);
                    if (auto of = sv.speaker_at(noun)) after = of->end;
                    else if (auto e = hearer_end(sv, noun); e > 0) after = e;
                }
            }
            // "CafÃ©": a word of damaged text runs on to the next blank
            while (after < sv.clause_end() && !is_space(t[after]) && t[after] != ',' && t[after] != '.' && sv.quote_at(after) < 0)
                ++after;
            // "told USA Today": the name goes on in capitals the grammar left
            for (std::size_t q = sv.over_blank(after); q < sv.clause_end() && t[q] >= 'A' && t[q] <= 'Z'; q = sv.over_blank(after))
                after = q + sv.word_at(q).size();
            // "told Harbor magazine in 2013, …", "asked Republican lawmakers.": a name that
            // modifies the plain nouns after it (one or two, then the clause is done), all the
            // hearer ("tells Anna Berg she's with them" goes on with what was told)
            if (!clause_done(sv, after) && article_context::all_names(*obj)) {
                std::size_t nouns_end = after;
                for (int k = 0; k < 2; ++k) {
                    std::size_t const w = sv.over_blank(nouns_end);
                    auto const word = sv.word_at(w);
                    if (word.empty() || word[0] < 'a' || word[0] > 'z' || g::is_preposition(word) || g::is_function_word(word) ||
                        g::is_finite_verb(word) || g::has_form(word, wf::past) || g::has_form(word, wf::adverb) || sv.cue_at(w) || sv.quote_at(w) >= 0)
                        break;
                    nouns_end = w + word.size();
                    // (the clause ends there: a stop, a comma, or a time phrase then one of them)
                    std::size_t next = sv.over_blank(nouns_end);
                    next = sv.over_blank(next + sv.time_phrase_at(next));
                    if (next >= sv.clause_end() || t[next] == ',' || t[next] == ';' || t[next] == '.') {
                        after = nouns_end;
                        break;
                    }
                }
            }
        } else if (auto e = hearer_end(sv, p); e > 0) {
            after = e; // "told some of the dock workers.", "told state media, adding …"
        }
    }
    site.after = after;
}

} // namespace

std::span<rule_info const> all_rules() { return rule_list; }

bool find_speaker(cue_site& site, report_list& reports) {
    for (auto const& sieve : speaker_sieves) {
        auto v = sieve.run(site, reports);
        if (v == verdict::no_speaker) return false;
        if (v == verdict::found) {
            if (site.speaker->rule.empty()) site.speaker->rule = sieve.info.name;
            return true;
        }
    }
    return false;
}

void report_cue(cue_site& site, report_list& reports) {
    for (auto const& sieve : cue_sieves) {
        auto const before = reports.size();
        bool const done = sieve.run(site, reports);
        // (the report a rule kept carries its name and its speaker rule's)
        if (reports.size() > before) {
            reports.back().rule = sieve.info.name;
            reports.back().speaker_rule = site.speaker->rule;
        }
        if (done) return;
    }
}

void report_cues(sentence_context& sv, report_list& reports) {
    auto const& words = sv.words();
    // "Asked about the budget, Reyes declined …": the cue opening the sentence in capitals
    if (auto first = words.empty() ? std::string_view{} : sv.word_at(words[0]);
        g::in_class(first, wc::asked_cue) && first[0] >= 'A' && first[0] <= 'Z') {
        g::cue_match asked{words[0], words[0] + first.size()};
        asked.takes_object = asked.question = true;
        cue_site site{sv, 0, asked};
        rules::asked(site, reports);
    }
    for (std::size_t wi = 0; wi < words.size(); ++wi) {
        auto cue = sv.cue_of(wi);
        if (!cue || gerund_noun(sv, *cue)) continue;
        // ("Her final story post was a picture": a bare form, no past, participle or -s, before
        // a copula is a noun; not "the plot prosecutors said was …", "which Kyiv says is …")
        if (auto const form = sv.text().substr(cue->begin, cue->end - cue->begin);
            g::is_copula(sv.word_at(sv.over_blank(cue->end))) && !g::has_form(form, wf::past) && !g::has_form(form, wf::participle) &&
            !g::has_form(form, wf::plural) && !g::is_finite_verb(form)) {
            auto const lowered = sv.article().lowered_first({cue->begin, cue->end});
            if (g::base_form(lowered) == lowered) continue;
        }
        // ("thought of her first summer there": a belief verb before "of" or "about" recalls, not reports)
        if (cue->kind == g::cue_class::belief) {
            auto next = sv.word_at(sv.over_blank(cue->end));
            if (g::in_class(next, wc::recall_preposition)) continue;
        }
        cue_site site{sv, wi, *cue};
        if (cue->kind == g::cue_class::according_to) {
            rules::according_to(site, reports);
            continue;
        }
        if (!find_speaker(site, reports)) {
            rules::asked(site, reports);
            continue;
        }
        auto const& sp = site.speaker->phrase;
        if (sp.tokens.size() == 1 && sp.tokens[0].part == g::np_part::pronoun &&
            g::pronoun_gender(sv.text().substr(sp.begin, sp.end - sp.begin)) == g::gender::first_person)
            continue; // "I said" outside quotes is the writer
        locate_what_follows(site);
        report_cue(site, reports);
    }
}

} // namespace verbatim::attribute
