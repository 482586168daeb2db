// Cue rule "clause-after-cue":
//   "Anna Berg said that the ferry would stay in service."
// What follows the cue, to the end of its clause, is what was said: after "that", a question
// word, or with no "that" when the verb takes a bare clause ("said a deal was ready") and what
// follows reads as one. A stance or topic verb reports its plain object ("endorsed Berg",
// "announced a plan", ", citing a new poll"); a poll or study shows what it shows ("a new survey
// shows Berg ahead"). "said he believed …": the belief is the speaker's own, and what it holds is
// what was said.
#include <algorithm>

#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {
namespace {

/// "said he believed the two sides were ...": past a belief of the speaker's own (a pronoun and
/// a belief verb that takes a bare clause) and its "that". (Not "said they wanted to sell it": an
/// intention is part of what was said.)
std::size_t past_own_belief(sentence_context const& sv, std::size_t p) {
    auto inner = g::match_subject_cue(sv.bound(), p);
    if (!inner || inner->cue.kind != g::cue_class::belief || !inner->cue.bare_clause || inner->speaker.tokens.size() != 1 ||
        inner->speaker.tokens[0].part != g::np_part::pronoun)
        return p;
    p = sv.over_blank(inner->cue.end);
    if (auto w = sv.word_at(p); g::in_class(w, wc::complementizer)) p = sv.over_blank(p + w.size());
    return p;
}

/// Whether a stance or topic verb reports its plain object here: a finite verb ("endorsed Berg",
/// "is criticizing the plan"; not "to endorse Berg") or a participle after a comma (", citing a
/// new poll"), its object right
/// after it and there ("the votes he blamed on Berg" has none).
bool reports_object(cue_site const& site, attribution const& a, text_span content, bool has_that) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& cue = site.cue;
    auto verb_form = t.substr(cue.begin, cue.end - cue.begin);
    std::size_t const before_cue = sv.back_over_blank(cue.begin);
    bool const participle = g::has_form(verb_form, wf::participle) && before_cue > sv.begin() && t[before_cue - 1] == ',';
    // ("is defending his tweets": a progressive is as finite as "defended")
    auto const before = sv.letters_before(cue.begin);
    bool const progressive = g::has_form(verb_form, wf::participle) &&
                             g::in_class(t.substr(before.begin, before.end - before.begin), wc::progressive_auxiliary);
    // ("called the plan a mistake": a finite naming verb reports its object and what it was called)
    bool const names = cue.naming && !cue.stance && !cue.topic && !participle && names_with_complement(sv, content);
    return (cue.stance || cue.topic || names) && !has_that &&
           (g::has_form(verb_form, wf::past) || g::has_form(verb_form, wf::plural) || participle || progressive) &&
           t.substr(cue.end, content.begin - std::min(content.begin, cue.end)).find(',') == std::string_view::npos &&
           !g::is_preposition(sv.word_at(content.begin)) && !adjective_participle(sv, a, cue) && object_at(sv, content.begin);
}

/// ", citing the river police", ", citing the Ledger": the object of a participle that takes no
/// side, when it is someone who could speak, names where a report comes from (no report); "citing
/// a new poll", "citing the cost of the floods" report what the poll or the cost says.
bool cites_a_source(sentence_context const& sv, text_span content) {
    auto const t = sv.text();
    auto source = sv.speaker_ending_at(content.begin, content.end);
    if (!source) return false;
    return std::any_of(source->tokens.begin(), source->tokens.end(), [&](g::np_token const& tok) {
        return tok.part == g::np_part::name || tok.part == g::np_part::group || tok.part == g::np_part::title ||
               tok.part == g::np_part::pronoun || (tok.part == g::np_part::role && !g::is_source_noun(t.substr(tok.begin, tok.end - tok.begin)));
    });
}

/// "the video shows Berg saying: “…”": a participle cue in what a document shows: the words are
/// the one shown saying them, reported by that cue.
bool shows_someone_speaking(sentence_context const& sv, text_span content) {
    for (std::size_t q = content.begin; q < content.end;) {
        auto w = sv.word_at(q);
        // (a participle cue: "shows Berg saying", not "shows most residents want a bridge")
        if (g::has_form(w, wf::participle) && sv.cue_at(q)) return true;
        q = sv.over_blank(q + std::max<std::size_t>(1, w.size()));
    }
    return false;
}

} // namespace

bool clause_after_cue(cue_site& site, report_list& reports) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& cue = site.cue;
    auto const& f = follows_that(site);
    bool const has_that = f.has_that;
    std::size_t const p = past_own_belief(sv, f.that);
    auto a = new_report(site);
    text_span content = trim(t, {p, subordinate_clause_end(sv, a)});
    // ("After saying the pier was safe, Berg left": what was said ends before its speaker)
    if (a.speaker && a.speaker->first() > content.begin && a.speaker->first() < content.end) {
        std::size_t e = sv.back_over_blank(a.speaker->first());
        if (e > content.begin && t[e - 1] == ',') --e;
        content = trim(t, {content.begin, e});
    }
    if (!has_that && !cue.bare_clause) content.end = std::min(content.end, as_quote_end(sv, content));
    // ("40% of Harbor Party claims as “false”": a verb in -s that takes nothing "as" and is followed
    // by "as" is a plural noun)
    if (!has_that && !cue.as && !cue.naming && g::has_form(t.substr(cue.begin, cue.end - cue.begin), wf::plural) &&
        g::in_class(sv.word_at(content.begin), wc::as_word))
        return true;
    bool const object_report = reports_object(site, a, content, has_that);
    if (text::count_words(t, content, 2) < (object_report ? 1 : 2)) return true;
    if (cue.kind == g::cue_class::belief && clause_done(sv, p)) return true;
    if (object_report) {
        // ("announced a trial was stopped because …": a verb that takes a bare clause, and the
        // object is the subject of one, reports the whole clause)
        std::size_t const object_end = reported_object_end(sv, content, cue.naming);
        if (!(cue.bare_clause && object_end < content.end && g::looks_like_clause(t, content.begin, object_end))) content.end = object_end;
    }
    auto verb_form = t.substr(cue.begin, cue.end - cue.begin);
    std::size_t const before_cue = sv.back_over_blank(cue.begin);
    bool const participle = g::has_form(verb_form, wf::participle) && before_cue > sv.begin() && t[before_cue - 1] == ',';
    if (object_report && participle && !cue.stance && cites_a_source(sv, content)) return true;
    reported_clause(sv, a, content);
    // Without "that", a verb that takes no bare clause reports only quoted words ("blasted the
    // EU's lack of “political will”"), not its plain object.
    if (!has_that && !cue.bare_clause && a.kind == quote_kind::indirect && !object_report) return true;
    // A bare clause must read as one: "announced it had agreed", not "announced the album".
    // (A poll or study shows what it shows: "a new survey shows Berg ahead".)
    bool document_finding = cue.source_only && a.speaker && sv.article().document_head(*a.speaker);
    if (document_finding && !has_that && shows_someone_speaking(sv, content)) return true;
    // After "said" four words or more are a clause whatever its verb ("said every new bus line
    // education yields a bump"): "said" takes no long plain object.
    bool say = g::in_class(verb_form, wc::plain_said) && text::count_words(t, content, 4) >= 4;
    if (!has_that && a.kind == quote_kind::indirect && !document_finding && !say && !object_report &&
        !g::looks_like_clause(t, content.begin, content.end))
        return true;
    reports.keep(std::move(a));
    return true;
}

} // namespace verbatim::attribute::rules
