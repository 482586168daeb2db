// attribute/rules/after_cue.cpp — what the cue rules share (after_cue.hpp).
#include "attribute/rules/after_cue.hpp"

#include "attribute/clauses.hpp"

namespace verbatim::attribute::rules {

attribution new_report(cue_site const& site) {
    attribution a;
    a.cue = site.cue;
    a.speaker = site.speaker->phrase;
    a.paragraph = site.sentence.paragraph();
    return a;
}

void keep_quote(cue_site const& site, report_list& reports, std::size_t qi) {
    auto a = new_report(site);
    a.kind = quote_kind::direct;
    site.sentence.article().add_quote_parts(a, qi);
    reports.keep(std::move(a));
}

bool reports_what_stands_before(cue_site const& site) {
    auto const& cue = site.cue;
    if (site.speaker->place == speaker_place::participle || cue.about || cue.as || (cue.to && !cue.naming)) return false;
    // "Asked about the budget, Reyes declined to comment": an intention before its to-infinitive
    // reports that, not what stands before it
    if (cue.infinitive && !cue.bare_clause) {
        auto const& sv = site.sentence;
        std::size_t const p = sv.over_blank(cue.end);
        if (infinitive_at(sv, p)) return false;
    }
    return true;
}

/// "“…,” Berg said from the harbor steps on Tuesday.": a quotation closing on its own comma right before
/// the subject, and after the cue no clause (no "that", no quotation, nothing that reads as a
/// finite clause) to the sentence's end: the cue's words are only where and when it was said.
bool ends_quoted_sentence(cue_site const& site) {
    auto const& sv = site.sentence;
    if (!sv.comma_closes_quote_before(site.subject_begin)) return false;
    std::size_t const p = sv.over_blank(site.after);
    std::size_t const end = sv.clause_end();
    if (p >= end) return true;
    if (g::in_class(sv.word_at(p), wc::complementizer) || sv.quote_opening_at(p) >= 0) return false;
    for (std::size_t q = p; q < end; ++q)
        if (sv.quote_at(q) >= 0 || sv.text()[q] == ',' || sv.text()[q] == ':') return false;
    return !g::looks_like_clause(sv.text(), p, end);
}

cue_site::what_precedes const& precedes_subject(cue_site& site) {
    auto& b = site.precedes;
    if (b.known) return b;
    b.known = true;
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& article = sv.article();
    std::size_t const before_subject = sv.back_over_blank(site.subject_begin);
    bool post = before_subject > sv.begin() && (clause_done(sv, site.after) || ends_quoted_sentence(site));
    if (post && sv.quote_closing_before(site.subject_begin) < 0) {
        // "…, Berg said, “They have to be able to win.”": the quote after the cue is what was said.
        std::size_t p = sv.over_blank(site.after);
        if (p < sv.end() && (t[p] == ',' || t[p] == ':') && sv.quote_opening_at(p + 1) >= 0) post = false;
    }
    if (!post) return b;
    b.reported = true;
    auto qi = sv.quote_closing_before(site.subject_begin);
    // "… words like “maybe” and “perhaps”, he told reporters": the quote closes the clause but
    // does not open it, so the clause is what was said.
    // (But "X scolded him: “…,” she said": a quote opened by a colon is what was said.)
    if (qi >= 0) {
        auto const& q = article.quote(static_cast<std::size_t>(qi));
        if (q.open > sv.over_blank(sv.begin()) && q.continues < 0) {
            // (nor "As for his remarks, “I …,” she said": a quoted sentence of its own, set off
            // by commas after an opening phrase; "With dozens of ferries, “there is …,” he said"
            // goes on with the phrase)
            std::size_t before_open = sv.back_over_blank(q.open);
            bool const set_off = before_open > sv.begin() && t[before_open - 1] == ',' && article.ends_on_own_comma(q) &&
                                 q.inner_begin < q.inner_end && t[q.inner_begin] >= 'A' && t[q.inner_begin] <= 'Z';
            if (before_open <= sv.begin() || (t[before_open - 1] != ':' && !set_off)) qi = -1;
        }
    }
    b.quote = qi;
    return b;
}

cue_site::what_follows const& follows_quote(cue_site& site) {
    auto& f = site.follows;
    if (f.known >= 1) return f;
    auto const& sv = site.sentence;
    auto const t = sv.text();
    std::size_t p = sv.over_blank(site.after);
    if (auto tp = sv.time_phrase_at(p); tp > 0 && sv.over_blank(p + tp) < sv.end() && t[sv.over_blank(p + tp)] == ',')
        p = sv.over_blank(p + tp); // "adding later, “…”"
    std::size_t colon = p;
    // "tweeted Monday:" — a few words up to a colon that opens a quote
    for (std::size_t k = 0; k < 6 && colon < sv.end() && t[colon] != ':'; ++k) {
        auto w = sv.word_at(colon);
        if (w.empty() || sv.cue_at(colon)) break; // "shows Clinton saying: “…”": that colon is the next cue's
        colon = sv.over_blank(colon + w.size());
    }
    if (colon < sv.end() && t[colon] == ':' && sv.quote_opening_at(colon + 1) >= 0) p = colon;
    f.introduced = p < sv.end() && (t[p] == ':' || t[p] == ',');
    if (f.introduced) p = sv.over_blank(p + 1);
    f.quote = p;
    f.known = 1;
    return f;
}

cue_site::what_follows const& follows_object(cue_site& site) {
    auto& f = site.follows;
    if (f.known >= 2) return f;
    follows_quote(site);
    auto const& sv = site.sentence;
    f.object = sv.over_blank(f.quote + sv.time_phrase_at(f.quote));
    f.known = 2;
    return f;
}

cue_site::what_follows const& follows_clause(cue_site& site) {
    auto& f = site.follows;
    if (f.known >= 3) return f;
    follows_object(site);
    auto const& sv = site.sentence;
    auto const t = sv.text();
    std::size_t p = f.object;
    // "said in a statement (on Monday) (,) that …": where it was said comes before what
    if (auto n = medium_phrase(sv, p); n > 0) {
        std::size_t q = sv.over_blank(p + n);
        q = sv.over_blank(q + sv.time_phrase_at(q));
        if (q < sv.end() && t[q] == ',') q = sv.over_blank(q + 1);
        if (g::in_class(sv.word_at(q), wc::complementizer) || sv.quote_opening_at(q) >= 0) p = q;
    }
    f.clause = p;
    f.known = 3;
    return f;
}

cue_site::what_follows const& follows_that(cue_site& site) {
    auto& f = site.follows;
    if (f.known >= 4) return f;
    follows_clause(site);
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& cue = site.cue;
    std::size_t p = f.clause;
    bool has_that = false;
    if (auto w = sv.word_at(p); g::in_class(w, wc::complementizer)) {
        p = sv.over_blank(p + w.size());
        has_that = true;
    } else if (cue.question && is_question_word(sv.word_at(p))) {
        has_that = true; // "wondered why …"
    } else if (cue.takes_object || !cue.bare_clause) {
        // "repeated his oft-stated belief that …": a short noun phrase, then the clause;
        // "told one of his young followers on a regular basis that …": a hearer the speaker
        // grammar did not read, then the clause.
        std::size_t q = p;
        for (int k = 0; k < (cue.takes_object ? 12 : 5) && q < sv.end() && !has_that; ++k) {
            auto w = sv.word_at(q);
            if (w.empty()) break;
            // "cafÃ©s": a word of damaged text runs on to the next blank
            while (q + w.size() < sv.clause_end() && !is_space(t[q + w.size()]) && t[q + w.size()] != ',')
                w = t.substr(q, w.size() + 1);
            if (g::in_class(w, wc::complementizer) && k > 0) {
                p = sv.over_blank(q + w.size());
                has_that = true;
            } else if (cue.question && is_question_word(w)) {
                p = q; // "asked him whether …": the question is what was said
                has_that = true;
            }
            q = sv.over_blank(q + w.size());
        }
    }
    f.that = p;
    f.has_that = has_that;
    f.known = 4;
    return f;
}

} // namespace verbatim::attribute::rules
