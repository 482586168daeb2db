// Article rule "quote-paragraph":
//   "“The ferry is our lifeline,” said Anna Berg.
//
//    “Without it the islands would be cut off from the town.”"
// The quotations no cue reached. One signed after a dash, one a colon introduces, one in its
// subject's predicate go to those rules (dash-signature, colon-introducer, subject-verb-quote);
// one signed after it by a name and a verb that is no cue (“…,” Lena Okafor shot back) is that
// name's.
// Otherwise a quotation that goes on after its attribution in the same paragraph (“…,” he said.
// “…”) is part of that quotation (an amendment it records); a quote paragraph continues the last
// speaker quoted in this or the paragraph before (speaker_carried), unless the writer signed it
// in words no rule could read (“…,” Harbor Radio co-Host Lena Okafor said) or a colon whose
// subject is no speaker introduces it, or the last speaker signed the quotation before with a dash
// (a signature signs what stands before it), or a sentence of the quote's own paragraph before it
// opens with another person the article names: then it has none. What a person said without
// quotation marks carries its speaker only to a quotation opening the next paragraph ("Berg said
// the ferry would run.\n\n“…”"), and not what they did ("As he welcomed the guests, …"); titles and scare quotes (short, inside a
// sentence) are not speech.
#include <algorithm>

#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

/// The report a quotation with no cue of its own goes on from, if any.
class previous_report {
public:
    explicit previous_report(report_list& reports) : reports_(reports), cue_found_(reports.size()) {}

    /// The report just before the quote opening at `open`: the last one a cue found (the list is
    /// sorted up to cue_found_) or the last one added here, whichever is later.
    attribution* before(std::size_t open) {
        auto& out = reports_.items();
        while (next_ < cue_found_ && out[next_].spans.front().begin < open) ++next_;
        attribution* last = next_ > 0 ? &out[next_ - 1] : nullptr;
        // "“…,” she said, stressing why …. “…”": the participle's report hangs on the quote before
        // it; the quote after goes on from that one. (So too a question put to the speaker:
        // "“…,” she said when asked whether …. “…”")
        if (last && last->kind == quote_kind::indirect && next_ >= 2) {
            auto& earlier = out[next_ - 2];
            bool same = last->speaker && earlier.speaker && earlier.speaker->first() == last->speaker->first();
            bool question = last->cue && last->cue->question;
            // (and a report in what is said of the speaker after the quote: "“…,” said Lena
            // Okafor, who has accused the council of …. “…”", "“…,” he said, as he called for …")
            bool about_speaker = last->speaker && (last->speaker->relative() || last->speaker->tokens.back().part == g::np_part::pronoun) &&
                                 earlier.cue && last->cue && last->cue->begin > earlier.cue->begin;
            if (earlier.kind == quote_kind::direct && earlier.paragraph == last->paragraph && earlier.speaker && (same || question || about_speaker))
                last = &earlier;
        }
        if (out.size() > cue_found_ && out.back().spans.front().begin < open && (!last || out.back().spans.front().begin > last->spans.front().begin))
            last = &out.back();
        return last;
    }

private:
    report_list& reports_;
    std::size_t const cue_found_;
    std::size_t next_ = 0;
};

/// A direct report of quote `i` (and the paragraphs that continue it), by `rule`.
attribution quote_report(article_context& article, std::size_t i, std::string_view rule) {
    attribution a;
    a.kind = quote_kind::direct;
    a.paragraph = article.quote(i).paragraph;
    a.rule = rule;
    article.add_quote_parts(a, i);
    return a;
}

/// Whether a sentence of the quote's own paragraph, right before it, opens with a person the
/// article names who is not `carried` ("Sen. Lena Okafor, who lost the primary, blamed the
/// fares. “…”"): the quotation is likelier that person's than the last speaker's.
bool other_subject_before(article_context const& article, text::quote_span const& q, g::speaker_phrase const& carried) {
    auto const t = article.text();
    auto const& para = article.layout().paragraphs[q.paragraph];
    if (q.open <= para.begin) return false;
    auto const& ss = article.layout().sentences;
    // (the last sentence that begins before the quote)
    auto it = std::lower_bound(ss.begin(), ss.end(), q.open, [](text::sentence const& s, std::size_t pos) { return s.begin < pos; });
    if (it == ss.begin()) return false;
    auto const& s = *(it - 1);
    if (s.begin < para.begin || s.end > q.open) return false;
    // (compared by name: a pronoun or description carried could be anyone's)
    if (!article_context::all_names(carried) && carried.tokens.back().part != g::np_part::name) return false;
    auto const bound = t.substr(0, s.end);
    // (the subject opens the sentence or follows an opening phrase's comma: "On Sunday, …")
    std::size_t at = s.begin;
    for (int tries = 0; tries < 3 && at < s.end; ++tries) {
        auto sp = g::match_speaker(bound, at);
        if (sp && article.proper_name(*sp) && sp->tokens.back().part == g::np_part::name) {
            auto const& last = sp->tokens.back();
            return article.text_of(carried).find(t.substr(last.begin, last.end - last.begin)) == std::string_view::npos;
        }
        auto comma = t.find(',', at);
        if (comma == std::string_view::npos || comma >= s.end) break;
        at = comma + 1;
        while (at < s.end && (t[at] == ' ' || t[at] == '"' || t.compare(at, 3, "\xE2\x80\x9D") == 0)) at += t[at] == ' ' || t[at] == '"' ? 1 : 3;
    }
    return false;
}

} // namespace

void standalone_quotes(article_context& article, text::text_window const& window, report_list& reports) {
    reports.sort_by_start();
    auto const t = article.text();
    previous_report previous(reports);
    for (auto i : article.top_quotes_in(window.begin, window.end)) {
        if (article.used(i)) continue;
        auto const& q = article.quote(i);
        if (q.continues >= 0) continue; // part of an earlier quote
        auto inner = trim(t, {q.inner_begin, q.inner_end});
        std::size_t words = text::count_words(t, inner, 8); // (compared with numbers up to 8 below)
        auto const& para = article.layout().paragraphs[q.paragraph];
        bool opens_sentence = q.open == para.begin || article.sentence_starts_at(q.open);
        std::string_view body = t.substr(inner.begin, inner.end - inner.begin);
        bool has_stop = body.find_first_of(".?!") != std::string_view::npos || (!body.empty() && body.back() == ',');
        if (auto signed_by = dash_signature(article, q); signed_by && words >= 2) {
            // “…” ― Jane Doe: the quote signed with its speaker's name.
            auto a = quote_report(article, i, "dash-signature");
            a.speaker = signed_by;
            reports.keep(std::move(a));
            continue;
        }
        // "Okafor gave a short warning to the council: “…”": a colon hands the quote to the
        // subject of its sentence.
        auto colon_subject = words >= 3 && has_stop ? colon_introducer(article, q) : std::nullopt;
        // ("Listen, it gets worse: “…”": introduced by a colon, its speaker not read)
        bool const colon_unsigned = !colon_subject && words >= 3 && has_stop && introduced_by_colon(article, q);
        if (!colon_subject && !opens_sentence && subject_verb_quote(article, q, reports)) continue;
        // "Anna Berg agreed. “…”": the speaker of the sentence before, alone with its cue
        if (auto const* alone = !colon_subject && opens_sentence && words >= 3 ? article.speaker_alone_before(q.open, q.paragraph) : nullptr) {
            auto a = quote_report(article, i, "quote-after-sentence");
            if (a.spans.empty()) continue;
            a.speaker = alone->phrase;
            a.cue = alone->cue;
            a.speaker_rule = alone->rule;
            reports.keep(std::move(a));
            continue;
        }
        attribution* last = previous.before(q.open);
        bool ends_quoted = last && !last->quoted.empty() && last->quoted.back().end + 4 >= last->spans.back().end;
        bool last_quoted_here = last && last->paragraph == q.paragraph && last->speaker &&
                                (last->kind == quote_kind::direct || (last->kind == quote_kind::mixed && ends_quoted));
        // “…,” he said. “…” — the quote goes on after its attribution, however short the sentence
        // of it (“It is gone.”): one quotation.
        bool goes_on = !colon_subject && last_quoted_here && opens_sentence && words >= 1 && has_stop;
        if (!colon_subject && !goes_on && !colon_unsigned && (words < 4 || !opens_sentence || (words < 8 && !has_stop))) continue;
        auto a = quote_report(article, i, colon_subject ? "colon-introducer" : "quote-paragraph");
        if (a.spans.empty()) continue;
        if (colon_subject) {
            a.speaker = colon_subject;
            reports.keep(std::move(a));
            continue;
        }
        if (goes_on || last_quoted_here) {
            for (auto const& part : a.spans) {
                last->spans.push_back(part);
                last->quoted.push_back(part);
            }
            last->amended_by.push_back("quote-paragraph");
            continue;
        }
        // ("“…,” Lena Okafor shot back": the name that signs it with a verb that is no cue)
        if (auto signer = article.name_signing(q)) {
            a.speaker = signer;
            reports.keep(std::move(a));
            continue;
        }
        // (“…,” and a signature no rule could read: not the last speaker's words)
        // (nor a transcript's turn: a quotation after the interviewer's question answers it)
        // (an indirect report carries its speaker only to a quotation that opens the next
        // paragraph: "Carter said the region would not be abandoned.\n\n“That's because …”")
        // (a person, named or "he"/"she": not a group, a document or a relative pronoun)
        auto const person = [&](g::speaker_phrase const& sp) {
            if (sp.relative()) return false;
            auto const part = sp.tokens.back().part;
            if (part == g::np_part::name) return article.proper_name(sp);
            auto const gd = part == g::np_part::pronoun ? g::pronoun_gender(article.text_of(sp)) : g::gender::unknown;
            return gd == g::gender::male || gd == g::gender::female;
        };
        // (of what was said: not a side taken or a thing done, "As he welcomed the guests, …")
        bool const said = last && last->cue && last->cue->kind == g::cue_class::speech && !last->cue->stance && !last->cue->topic &&
                          !last->cue->infinitive && !last->cue->directive;
        bool const report_before = last && last->kind == quote_kind::indirect && last->paragraph + 1 == q.paragraph && q.open == para.begin &&
                                   said && last->speaker && person(*last->speaker);
        if (!colon_unsigned && last && last->paragraph + 1 >= q.paragraph && last->speaker && (last->kind != quote_kind::indirect || report_before) &&
            last->rule != transcript_rule && last->rule != "dash-signature" && !article.signed_after(q) &&
            (last->paragraph == q.paragraph || !other_subject_before(article, q, *last->speaker))) {
            a.speaker = last->speaker;
            a.speaker_carried = true;
        }
        reports.keep(std::move(a));
    }
}

} // namespace verbatim::attribute::rules
