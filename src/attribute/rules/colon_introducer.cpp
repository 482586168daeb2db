// Article rule "colon-introducer":
//   "Anna Berg was blunt: “The ferry must stay. It is our lifeline.”"
// A colon hands the quote after it to the subject of its sentence ("Okafor gave a short warning
// to the council: “…”"; also when "He said:" is a paragraph of its own and the quote opens the
// next one; "Asked which county was his favorite, he demurred: “…”": the subject after an
// opening clause). A name after a dash right before the colon signs the quote ("… - Anna Berg:
// “…”", "… - Anna Berg and Tom Reyes: “…”", "… - Harbor Research: “…”"). No subject: a time
// phrase, an everyday word and a dummy "it" ("Listen, it gets worse: “…”"), a shortened place
// ("Harbor, Ore., a caller wrote:" tries the next comma); the quote then has no speaker. A
// passive's agent right before the colon ("… is illustrated by this finding: “…”") and the subject
// pronoun of a last clause after "that" ("… so upset that I had to change my answer: “…”"), a
// speaker named after "as" ("…, as Anna Berg observed, the trouble was …: “…”") and the named
// subject of a last clause after a comma and a conjunction ("…, and the Courier responded:") come
// before the sentence's subject.
#include <algorithm>
#include <cctype>

#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

namespace {

/// The colon before the quote (just past it) and the sentence it ends, if any.
struct colon_before {
    std::size_t end = 0;
    text::sentence const* sentence = nullptr;
};
std::optional<colon_before> find_colon_before(article_context const& article, text::quote_span const& q) {
    auto const t = article.text();
    auto const& layout = article.layout();
    std::size_t p = q.open;
    while (p > 0 && t[p - 1] == ' ') --p;
    // "He said:" as a paragraph of its own, the quote opening the next one.
    bool own_paragraph = q.paragraph > 0 && p == layout.paragraphs[q.paragraph].begin;
    if (own_paragraph) {
        p = layout.paragraphs[q.paragraph - 1].end;
        while (p > 0 && is_space(t[p - 1])) --p;
    }
    if (p == 0 || t[p - 1] != ':') return std::nullopt;
    auto it = std::upper_bound(layout.sentences.begin(), layout.sentences.end(), p - 1,
                               [](std::size_t pos, text::sentence const& s) { return pos < s.begin; });
    if (it == layout.sentences.begin()) return std::nullopt;
    auto const& s = *std::prev(it);
    if (s.begin >= p || s.paragraph != q.paragraph - (own_paragraph ? 1 : 0)) return std::nullopt;
    return colon_before{p, &s};
}

} // namespace

bool introduced_by_colon(article_context const& article, text::quote_span const& q) {
    return find_colon_before(article, q).has_value();
}

namespace {

/// The sentence before a colon, read for who speaks (colon_introducer): `start` is where its
/// words begin (past leading dashes and bullets), `p` the byte after the colon.
struct colon_sentence {
    article_context const& article;
    std::string_view t, bound; ///< the text, and the text to the end of the quote's paragraph
    text::sentence const& s;
    std::size_t start, p;

    /// A speaker phrase at `pos` that may be the subject: not a time phrase, an everyday word
    /// opening the sentence, a lone plain noun, a shortened place or a dummy "it".
    std::optional<g::speaker_phrase> subject_at(std::size_t pos) const {
        auto sp = g::match_speaker(bound, pos);
        if (!sp || sp->end >= p || common_word_at_start(article, bound, s, *sp)) return std::nullopt;
        if (sp->tokens.size() == 1 && sp->tokens[0].part == g::np_part::common) return std::nullopt;
        // ("Two days later, there is …": a time phrase is no subject; "Harbor, Ore., a
        // caller …": nor a shortened place before its full stop)
        if (only_a_time(bound, *sp)) return std::nullopt;
        if (sp->end < p && t[sp->end] == '.') return std::nullopt;
        // ("Listen, it gets worse:": "it" there stands for nobody)
        if (sp->tokens.size() == 1 && g::in_class(article.text_of(*sp), wc::pronoun_it)) return std::nullopt;
        return sp;
    }
    /// A name, every word capitalised: "Anna Berg", "Harbor Research".
    bool capitalised_name(g::speaker_phrase const& sp) const {
        return std::all_of(sp.tokens.begin(), sp.tokens.end(), [&](g::np_token const& tok) { return t[tok.begin] >= 'A' && t[tok.begin] <= 'Z'; }) &&
               std::any_of(sp.tokens.begin(), sp.tokens.end(), [](g::np_token const& tok) { return tok.part == g::np_part::name; });
    }
    /// The letters right before `end`.
    std::string_view word_before(std::size_t end) const {
        std::size_t b = end;
        while (b > start && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
        return t.substr(b, end - b);
    }
    /// The end of the letters from `c`.
    std::size_t letters_end(std::size_t c) const {
        while (c < p && std::isalpha(static_cast<unsigned char>(t[c]))) ++c;
        return c;
    }

    /// "… - Anna Berg and Tom Reyes: “…”": where the second of two names joined by "and" ends.
    std::size_t joint_names_end(g::speaker_phrase const& sp) const {
        std::size_t q = sp.end;
        while (q < p && t[q] == ' ') ++q;
        auto const conj = t.substr(q, p - q);
        std::size_t w = 0;
        while (w < conj.size() && conj[w] >= 'a' && conj[w] <= 'z') ++w;
        if (w == 0 || !g::in_class(conj.substr(0, w), wc::and_word)) return sp.end;
        q += w;
        while (q < p && t[q] == ' ') ++q;
        auto other = g::match_speaker(bound, q);
        return other && article_context::all_names(*other) ? other->end : sp.end;
    }
    /// "FERRY POLL TOO EARLY - Anna Berg: “…”": a name set off by a dash right before the colon.
    std::optional<g::speaker_phrase> signed_by_dash() const {
        for (std::size_t c = p - 1; c > start; --c) {
            bool const hyphen = t[c] == '-' && c + 1 < p && t[c + 1] == ' ' && t[c - 1] == ' ';
            bool const dash = c >= 2 && (t.substr(c - 2, 3) == "\xE2\x80\x94" || t.substr(c - 2, 3) == "\xE2\x80\x93");
            if (!hyphen && !dash) continue;
            std::size_t next = c + 1;
            while (next < p && t[next] == ' ') ++next;
            if (auto sp = subject_at(next); sp && joint_names_end(*sp) + 1 == p && capitalised_name(*sp)) return sp;
            break;
        }
        return std::nullopt;
    }
    /// "The case is illustrated by this finding: “…”": a passive's agent right before the colon.
    std::optional<g::speaker_phrase> passive_agent() const {
        for (std::size_t c = p - 1; c >= start + 4; --c) {
            if (t[c - 1] != ' ') continue;
            auto const by = word_before(c - 1);
            if (by.empty() || !g::in_class(by, wc::by_word) || c - 1 - by.size() <= start || t[c - 2 - by.size()] != ' ') continue;
            auto const verb = word_before(c - 2 - by.size());
            auto sp = subject_at(c);
            if (sp && sp->end + 1 == p && (g::has_form(verb, wf::past) || g::in_class(verb, wc::irregular_participle))) return sp;
            break;
        }
        return std::nullopt;
    }
    /// "She grew so upset that I had to change my answer: “…”": the subject pronoun of the last
    /// clause before the colon, after "that".
    std::optional<g::speaker_phrase> pronoun_after_that() const {
        for (std::size_t c = p - 1; c > start; --c) {
            if (t[c - 1] != ' ' || !g::in_class(word_before(c - 1), wc::complementizer)) continue;
            std::size_t const e = letters_end(c);
            auto const pronoun = t.substr(c, e - c);
            if (g::in_class(pronoun, wc::subject_pronoun) || g::pronoun_gender(pronoun) == g::gender::first_person)
                if (auto sp = subject_at(c); sp && sp->end == e) return sp;
            break;
        }
        return std::nullopt;
    }
    /// "…, as Anna Berg observed, the trouble was not the ferry:" / "As the Courier reported, the
    /// council was refusing to pay:": a speaker and cue after "as".
    std::optional<g::speaker_phrase> named_after_as() const {
        for (std::size_t c = start; c < p; ++c) {
            if ((c > start && t[c - 1] != ' ') || !std::isalpha(static_cast<unsigned char>(t[c]))) continue;
            std::size_t const e = letters_end(c);
            if (e >= p || t[e] != ' ' || !g::in_class(article.lowered_first({c, e}), wc::as_word)) {
                c = e;
                continue;
            }
            auto m = g::match_subject_cue(bound, e + 1);
            if (m && m->cue.kind == g::cue_class::speech && m->cue.end < p &&
                (article.proper_name(m->speaker) || m->speaker.tokens.front().part == g::np_part::name)) {
                std::size_t after = m->cue.end;
                while (after < p && t[after] == ' ') ++after;
                if (after < p && (t[after] == ',' || t[after] == ':')) return m->speaker;
            }
        }
        return std::nullopt;
    }
    /// "The Times made the same claim, and the Courier responded:": the named subject of the last
    /// clause, after a comma and a conjunction, its verb right before the colon.
    std::optional<g::speaker_phrase> subject_after_conjunction() const {
        for (std::size_t c = p - 1; c > start + 2; --c) {
            if (t[c - 1] != ' ' || t[c - 2] != ',') continue;
            std::size_t const e = letters_end(c);
            if (!g::in_class(t.substr(c, e - c), wc::coordinator)) continue;
            std::size_t s0 = e;
            while (s0 < p && t[s0] == ' ') ++s0;
            // (one word or two after it: its verb, an adverb)
            if (auto sp = subject_at(s0); sp && capitalised_name(*sp) && article.proper_name(*sp) && text::count_words(t, {sp->end, p - 1}, 3) <= 2)
                return sp;
            break;
        }
        return std::nullopt;
    }
    /// The subject after one of the opening phrase's commas or dashes: "In the hours after the
    /// storm in Harbor, Ore., a regular caller wrote:", "On a calmer day -- the storm long gone --
    /// a visitor would ask:".
    std::optional<g::speaker_phrase> subject_after_opening() const {
        for (std::size_t c = start; c < p; ++c) {
            std::size_t after = 0;
            if (t[c] == ',') after = c + 1;
            else if (t.substr(c, 3) == " --") after = c + 3;
            else if (t.substr(c, 4) == " \xE2\x80\x94" || t.substr(c, 4) == " \xE2\x80\x93") after = c + 4;
            if (after == 0) continue;
            while (after < p && t[after] == ' ') ++after;
            if (auto sp = subject_at(after)) return sp;
        }
        return std::nullopt;
    }
};

} // namespace

std::optional<g::speaker_phrase> colon_introducer(article_context const& article, text::quote_span const& q) {
    auto const t = article.text();
    auto const& layout = article.layout();
    auto const colon = find_colon_before(article, q);
    if (!colon) return std::nullopt;
    std::size_t const p = colon->end;
    auto const& s = *colon->sentence;
    std::size_t start = s.begin;
    // past leading dashes and bullets
    while (start < p && (t[start] == '-' || t[start] == ' ' || t[start] == '*' || t.substr(start, 3) == "\xE2\x80\x94" ||
                         t.substr(start, 3) == "\xE2\x80\x93"))
        start += t[start] == '-' || t[start] == ' ' || t[start] == '*' ? 1 : 3;
    // (read to the end of the quote's paragraph)
    colon_sentence const cs{article, t, t.substr(0, layout.paragraphs[q.paragraph].end), s, start, p};
    if (auto sp = cs.signed_by_dash()) return sp;
    if (auto sp = cs.passive_agent()) return sp;
    if (auto sp = cs.pronoun_after_that()) return sp;
    if (auto sp = cs.named_after_as()) return sp;
    if (auto sp = cs.subject_after_conjunction()) return sp;
    if (auto sp = cs.subject_at(start)) return sp;
    return cs.subject_after_opening();
}

} // namespace verbatim::attribute::rules
