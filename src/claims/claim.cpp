// claims/claim.cpp — the claim a quotation makes: who said it, where and when, and its content
// normalised (analyse.cpp) with what the cue says of it.
#include <algorithm>

#include "language.hpp"
#include "text/segment.hpp"
#include "verbatim/claims.hpp"
#include "verbatim/speakers.hpp"

namespace verbatim {
namespace {

/// A sentence this short ("Yes.", "It is done.") says its thing with the one before it.
constexpr std::size_t min_sentence_words = 4;

/// Where the sentence `s` of `text` goes on after an ellipsis that marks words left out ("… He
/// knows there is no crisis", "[...] We will"): before each capital that follows one.
std::vector<std::size_t> after_ellipses(std::string_view text, text_span s) {
    std::vector<std::size_t> out;
    for (std::string_view mark : {std::string_view("\xE2\x80\xA6"), std::string_view("[...]"), std::string_view("[\xE2\x80\xA6]"), std::string_view("...")})
        for (auto at = text.find(mark, s.begin); at != std::string_view::npos && at + mark.size() < s.end; at = text.find(mark, at + mark.size())) {
            std::size_t next = at + mark.size();
            if (text[next] != ' ') continue;
            while (next < s.end && text[next] == ' ') ++next;
            if (next < s.end && text[next] >= 'A' && text[next] <= 'Z' && std::find(out.begin(), out.end(), next) == out.end()) out.push_back(next);
        }
    std::sort(out.begin(), out.end());
    return out;
}

/// Where the span `s` of `text` holds a clause of its own after a comma or semicolon: a subject
/// pronoun and its verb, after "and" or "but" or none ("He knows there is no crisis, he knows the
/// order is unwarranted, and he admits …"): the byte each such clause starts at.
std::vector<std::size_t> clause_starts(std::string_view text, text_span s) {
    namespace g = grammars;
    std::vector<std::size_t> out;
    auto word_at = [&](std::size_t p) {
        std::size_t e = p;
        while (e < s.end && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
        return text.substr(p, e - p);
    };
    for (std::size_t p = s.begin; p < s.end; ++p) {
        if (text[p] != ',' && text[p] != ';') continue;
        std::size_t q = p + 1;
        if (q >= s.end || text[q] != ' ') continue;
        ++q;
        auto w = word_at(q);
        if (g::in_class(w, g::word_class::coordinator)) {
            q += w.size();
            if (q >= s.end || text[q] != ' ') continue;
            w = word_at(++q);
        }
        if (!g::in_class(w, g::word_class::subject_pronoun) && g::pronoun_gender(w) != g::gender::first_person) continue;
        std::size_t const verb = q + w.size() + 1;
        if (verb >= s.end || text[verb - 1] != ' ' || text[verb] < 'a' || text[verb] > 'z') continue;
        out.push_back(p + 2);
    }
    return out;
}

/// The sentences of a claim's text as byte ranges (an ellipsis before a capital ends one too,
/// and so does a clause of its own after a comma: clause_starts), each short one joined to the one
/// before it.
std::vector<text_span> sentences_of(std::string_view text) {
    text_span const whole{0, text.size()};
    std::vector<text_span> found;
    for (auto const& s : text::split_sentences(text, std::span<text_span const>(&whole, 1), {})) {
        std::size_t from = s.begin;
        auto cuts = after_ellipses(text, {s.begin, s.end});
        auto const clauses = clause_starts(text, {s.begin, s.end});
        cuts.insert(cuts.end(), clauses.begin(), clauses.end());
        std::sort(cuts.begin(), cuts.end());
        for (auto at : cuts) {
            std::size_t end = at;
            while (end > from && (text[end - 1] == ' ' || text[end - 1] == ',' || text[end - 1] == ';')) --end;
            found.push_back({from, end});
            from = at;
        }
        found.push_back({from, s.end});
    }
    std::vector<text_span> out;
    auto is_short = [&](text_span span) { return text::count_words(text, span, min_sentence_words) < min_sentence_words; };
    for (auto const& span : found) {
        if (!out.empty() && (is_short(span) || is_short(out.back()))) out.back().end = span.end;
        else out.push_back(span);
    }
    return out;
}

} // namespace

std::optional<claim> claim_of_unanalysed(document const& doc, quotation const& q) {
    if (!q.speaker || !is_named_entity(q.speaker->entity) || q.spans.empty()) return std::nullopt;
    // A question ("asked whether the deal was done") states nothing: no claim.
    if (q.cue && q.cue->meaning.kind == cue_class::question) return std::nullopt;
    claim c;
    c.entity = intern(q.speaker->entity);
    c.speaker = intern(q.speaker->name);
    c.kind = q.speaker->kind;
    c.doc = intern(doc.id);
    c.date = intern(doc.date);
    c.title = intern(doc.title);
    c.url = intern(doc.url);
    c.form_kind = q.kind;
    c.text = content_text(doc, q);
    for (auto& ch : c.text)
        if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    c.at = q.spans.front().begin;
    c.turn = q.rule == transcript_rule;
    if (q.cue) {
        c.cue = intern(q.cue->text);
        c.cue_says = q.cue->meaning;
    }
    return c;
}

void analyse_claim_form(claim& c) {
    c.form = analyse_claim(c.text, c.cue.view(), c.cue_says);
    c.form.text = {}; // the same as c.text: held once
}

namespace {

/// Whether a sentence asks rather than states ("Who pays the crews?"): it ends on a
/// question mark, before any closing quotation marks.
bool asks(std::string_view sentence) {
    while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '"' || sentence.back() == '\''))
        sentence.remove_suffix(1);
    for (std::string_view close : {std::string_view("\xE2\x80\x9D"), std::string_view("\xE2\x80\x99")})
        while (sentence.ends_with(close)) sentence.remove_suffix(close.size());
    return sentence.ends_with('?');
}

} // namespace

std::vector<claim> claims_of_unanalysed(document const& doc, quotation const& q) {
    std::vector<claim> out;
    auto whole = claim_of_unanalysed(doc, q);
    if (!whole) return out;
    auto const sentences = sentences_of(whole->text);
    if (sentences.size() <= 1) {
        if (!asks(whole->text)) out.push_back(std::move(*whole));
        return out;
    }
    // (a question in a quotation states nothing: no claim of it)
    for (auto const& s : sentences) {
        auto const text = std::string_view(whole->text).substr(s.begin, s.end - s.begin);
        if (asks(text)) continue;
        claim& c = out.emplace_back(*whole);
        c.text = std::string(text);
    }
    return out;
}

std::vector<claim> claims_of(document const& doc, quotation const& q) {
    auto out = claims_of_unanalysed(doc, q);
    for (auto& c : out) analyse_claim_form(c);
    std::erase_if(out, [](claim const& c) { return c.form.terms().empty(); });
    return out;
}

std::optional<claim> claim_of(document const& doc, quotation const& q) {
    auto c = claim_of_unanalysed(doc, q);
    if (!c) return std::nullopt;
    analyse_claim_form(*c);
    if (c->form.terms().empty()) return std::nullopt;
    return c;
}

} // namespace verbatim
