// attribute/clauses.cpp — where what a cue reports begins and ends.
#include "attribute/clauses.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "attribute/phrases.hpp"

namespace verbatim::attribute {

using text::count_words;

namespace {

/// The clause's end trimmed of what tells how it was said or adds the writer's aside: a trailing
/// participle (", without elaborating"), quoted words closing on their comma and then a
/// participle, a dash outside quotes, a contrast after ", but", where it was said at its end.
text_span trim_writers_words(sentence_context const& sv, attribution const& a, text_span content) {
    auto const t = sv.text();
    auto const& article = sv.article();
    // A trailing participle clause tells how it was said, not what: ", without elaborating",
    // ", speaking in English to journalists".
    for (std::size_t p = content.end; p-- > content.begin + 1;) {
        if (t[p] != ',' || sv.quote_at(p) >= 0) continue;
        std::size_t wp = sv.over_blank(p + 1);
        auto w = sv.word_at(wp);
        if ((w.size() > 4 && g::has_form(w, wf::participle)) || g::in_class(w, wc::manner_word)) {
            // ", saying …" is a report of its own; ", speaking in English" tells how.
            if (g::is_clause_opener(w) || sv.cue_at(wp)) content.end = sv.back_over_blank(p);
        }
        break;
    }
    // "… things “should be wrapped up by June,” referring to the convention": quoted words
    // that close on their own comma, then a participle or "while", end the report; what
    // follows is the writer's, telling what the speaker did or meant.
    for (auto qi = sv.next_quote(content.begin); qi >= 0 && article.quote(static_cast<std::size_t>(qi)).open < content.end;
         qi = sv.next_quote(article.quote(static_cast<std::size_t>(qi)).close_end)) {
        auto const& q = article.quote(static_cast<std::size_t>(qi));
        if (q.close_end >= content.end) break;
        if (q.closed && article.ends_on_own_comma(q)) {
            auto w = sv.word_at(sv.over_blank(q.close_end));
            if ((w.size() > 4 && g::has_form(w, wf::participle)) || g::in_class(w, wc::while_word)) {
                content.end = q.close_end;
                break;
            }
        }
    }
    // "he was “encouraged” by the plan — a modest boost …": a dash outside quotes ends the
    // reported clause (what follows is the writer's aside).
    for (std::size_t p = content.begin + 1; p + 2 < content.end; ++p) {
        bool dash = t[p] == ' ' && (t.compare(p + 1, 3, "\xE2\x80\x94") == 0 || t.compare(p + 1, 3, "\xE2\x80\x93") == 0 ||
                                    (t[p + 1] == '-' && t[p + 2] == ' '));
        if (dash && sv.quote_at(p) < 0 && count_words(t, {content.begin, p}, 3) >= 3) {
            content.end = sv.back_over_blank(p);
            break;
        }
    }
    // "said the ferry would stay, but the council voted to close it": a clause after ", but"
    // (or ", although") is the writer's contrast (a second thing said is "but that …"; quoted
    // words stay).
    // (Not in a clause before its cue: "The bakery still opens, but its costs have doubled, said
    // Ferro" reports both.)
    bool const before_cue = a.cue && content.end <= a.cue->begin;
    for (std::size_t p = content.begin + 1; p < content.end && !before_cue; ++p) {
        if (t[p] != ',' || sv.quote_at(p) >= 0) continue;
        std::size_t q = sv.over_blank(p + 1);
        auto w = sv.word_at(q);
        auto const next = sv.next_quote(q); // (a quotation between q and the end)
        bool const quoted_after = q < content.end && next >= 0 && article.quote(static_cast<std::size_t>(next)).open < content.end;
        bool const but = g::in_class(w, wc::but_word) || g::in_class(w, wc::concessive_conjunction);
        auto after_but = but ? sv.word_at(sv.over_blank(q + w.size())) : std::string_view{};
        bool reported_too = but && g::in_class(after_but, wc::reported_after_but);
        if (but && count_words(t, {content.begin, p}, 3) >= 3 && !quoted_after && !reported_too &&
            g::looks_like_clause(t, sv.over_blank(q + w.size()), content.end)) {
            content.end = sv.back_over_blank(p);
            break;
        }
    }
    // "… more schools are needed in a statement on Thursday": where it was said ends the report
    // (within its last eight words; the first such phrase from the left).
    std::size_t from = content.end, words = 0;
    while (from > content.begin + 1 && words < 8)
        if (t[--from] == ' ' && t[from + 1] != ' ') ++words;
    for (std::size_t p = std::max(from, content.begin + 1); p + 4 < content.end; ++p) {
        if (t[p] != ' ' || sv.quote_at(p) >= 0) continue;
        if (medium_phrase(sv, p + 1) > 0 && count_words(t, {p + 1, content.end}, 9) <= 8 &&
            count_words(t, {content.begin, p}, 2) >= 2) {
            content.end = sv.back_over_blank(p + 1);
            break;
        }
    }
    return content;
}

} // namespace

void reported_clause(sentence_context const& sv, attribution& a, text_span content) {
    content = trim_writers_words(sv, a, content);
    auto const t = sv.text();
    auto& article = sv.article();
    a.spans = {content};
    a.kind = quote_kind::indirect;
    // The top-level quotes that open inside the clause (in text order: a binary search, not a walk
    // over every quote of the article, which would be quadratic in long texts).
    auto const top = article.top_quotes();
    auto first_inside = std::lower_bound(top.begin(), top.end(), content.begin,
                                         [&](std::size_t i, std::size_t pos) { return article.quote(i).open < pos; });
    for (auto it = first_inside; it != top.end() && article.quote(*it).open < content.end; ++it) {
        auto i = *it;
        auto const& q = article.quote(i);
        if (q.open >= content.begin && q.inner_begin < content.end) {
            auto span = trim(t, {q.inner_begin, std::min<std::size_t>(q.inner_end, content.end)});
            article.use(i);
            // “A Long Way Home”, “Shark Tank”: a quoted title is no quoted speech, unless the
            // cue gives a name ("called it “Shark Tank”").
            if (article.looks_like_title(span) && !(a.cue && a.cue->naming)) continue;
            if (span.begin < span.end) a.quoted.push_back(span);
            a.kind = quote_kind::mixed;
        }
    }
    // A clause that is one whole quotation is a direct quote.
    if (a.quoted.size() == 1 && count_words(t, a.quoted[0]) == count_words(t, content) && sv.quote_at(content.begin) >= 0) {
        a.kind = quote_kind::direct;
        a.spans = a.quoted;
    }
}

bool clause_done(sentence_context const& sv, std::size_t pos) {
    auto const t = sv.text();
    pos = sv.over_blank(pos);
    pos = sv.over_blank(pos + sv.time_phrase_at(pos)); // "told CNBC Saturday."
    if (pos >= sv.clause_end()) return true;
    char c = t[pos];
    if (c == ',' || c == ';' || c == '(' || c == '-') return true;
    // ("said.Berg claimed": a stop with no space after it; not "Delano.lu", a web address)
    if (c == '.' && (pos + 1 >= t.size() || !std::islower(static_cast<unsigned char>(t[pos + 1])))) return true;
    if (t.substr(pos, 3) == "\xE2\x80\x94" || t.substr(pos, 3) == "\xE2\x80\x93") return true;
    auto w = sv.word_at(pos);
    // "says directly to the camera", "said carefully, as …", "tweeted a user going by the handle …"
    if (w.size() > 3 && g::has_form(w, wf::adverb) && w.find('-') == std::string_view::npos) return clause_done(sv, pos + w.size());
    if (w.size() >= 5 && g::has_form(w, wf::participle) && !sv.cue_at(pos)) return true;
    // "told members at a dinner organized by the club": a passive participle and its phrase
    if (w.size() >= 5 && g::has_form(w, wf::past) && g::in_class(sv.word_at(sv.over_blank(pos + w.size())), wc::by_word)) return true;
    return g::is_clause_opener(w);
}

bool infinitive_at(sentence_context const& sv, std::size_t p) {
    auto const to = sv.word_at(p);
    if (!g::in_class(to, wc::to_word)) return false;
    std::size_t v = sv.over_blank(p + to.size());
    if (sv.quote_opening_at(v) >= 0) return true;
    auto w = sv.word_at(v);
    return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && !g::in_class(w, wc::not_after_infinitive_to);
}

std::size_t as_quote_end(sentence_context const& sv, text_span content) {
    auto const t = sv.text();
    auto const& article = sv.article();
    for (std::size_t p = content.begin; p + 3 < content.end; ++p) {
        // ("as" a word of its own, a space after it)
        if ((p > 0 && !is_space(t[p - 1])) || t[p] < 'a' || t[p] > 'z') continue;
        auto const as = sv.word_at(p);
        if (!g::in_class(as, wc::as_word) || p + as.size() >= content.end || t[p + as.size()] != ' ' || sv.quote_at(p) >= 0) continue;
        std::size_t q = sv.over_blank(p + as.size());
        if (auto w = sv.word_at(q); g::in_class(w, wc::article)) q = sv.over_blank(q + w.size());
        auto qi = sv.quote_opening_at(q);
        if (qi < 0 || !article.quote(static_cast<std::size_t>(qi)).closed) continue;
        std::size_t end = article.quote(static_cast<std::size_t>(qi)).close_end;
        for (;;) {
            std::size_t n = sv.over_blank(end);
            auto w = sv.word_at(n);
            if (g::in_class(w, wc::alternative_coordinator)) {
                // "as “a bully” and (a) “coward”": the words go on
                std::size_t m = sv.over_blank(n + w.size());
                if (auto d = sv.word_at(m); g::in_class(d, wc::article)) m += d.size();
                auto next = sv.quote_opening_at(m);
                if (next < 0 || !article.quote(static_cast<std::size_t>(next)).closed) break;
                end = article.quote(static_cast<std::size_t>(next)).close_end;
                continue;
            }
            // "as the “clever” move she made": the quote is inside a longer noun phrase
            if (!w.empty() && w[0] >= 'a' && w[0] <= 'z' && !g::is_preposition(w) && !g::is_clause_opener(w) &&
                !sv.time_phrase_at(n) && !g::in_class(w, wc::but_word))
                return content.end;
            break;
        }
        return std::min(end, content.end);
    }
    return content.end;
}

std::size_t hearer_end(sentence_context const& sv, std::size_t pos) {
    auto const t = sv.text();
    std::size_t end = sv.clause_end();
    if (pos >= end || sv.quote_at(pos) >= 0) return 0;
    for (std::size_t p = pos; p < end; ++p) {
        if (sv.quote_at(p) >= 0) return 0;
        if (sv.article().separating_comma(p)) { // (not "told 3,000 people")
            // the hearer ends at a comma only before a participle or an adverbial ("…, adding")
            auto next = sv.word_at(sv.over_blank(p + 1));
            if (!(next.size() >= 5 && g::has_form(next, wf::participle)) && !g::is_clause_opener(next)) return 0;
            end = p;
            break;
        }
    }
    auto words = count_words(t, {pos, end}, 7);
    bool hearer = words >= 1 && words <= 6 && !g::looks_like_clause(t, pos, end) &&
                  !complementizer_inside(sv, {pos, end});
    return hearer ? sv.back_over_blank(end) : 0;
}

bool gerund_clause(sentence_context const& sv, std::size_t pos) {
    auto const t = sv.text();
    std::size_t near = pos;
    for (int k = 0; k < 4 && near < sv.clause_end(); ++k) {
        while (near < sv.clause_end() && !is_space(t[near])) ++near;
        near = sv.over_blank(near);
    }
    return g::looks_like_clause(t, pos, std::min(near, sv.clause_end()));
}

bool complementizer_inside(sentence_context const& sv, text_span span) {
    auto const t = sv.text();
    for (std::size_t p = span.begin; p + 1 < span.end; ++p) {
        if (t[p] != ' ') continue;
        auto const w = t.substr(p + 1, grammars::word_end_at(t, p + 1, span.end) - p - 1);
        if (!w.empty() && p + 1 + w.size() < span.end && t[p + 1 + w.size()] == ' ' && g::in_class(w, wc::complementizer)) return true;
    }
    return false;
}

std::size_t medium_phrase(sentence_context const& sv, std::size_t pos) {
    auto const t = sv.text();
    if (pos >= t.size() || t[pos] < 'a' || t[pos] > 'z') return 0; // (a cheap look first: a lower-case word)
    auto prep = sv.word_at(pos);
    if (!g::in_class(prep, wc::medium_preposition) || pos + prep.size() >= t.size() || t[pos + prep.size()] != ' ') return 0;
    std::size_t w1 = sv.over_blank(pos + prep.size());
    auto det = sv.word_at(w1);
    if (!g::in_class(det, wc::medium_determiner)) return 0;
    std::size_t w2 = sv.over_blank(w1 + det.size());
    auto noun = sv.word_at(w2);
    if (!g::is_source_noun(noun) && !g::in_class(noun, wc::medium_noun)) return 0;
    return w2 + noun.size() - pos;
}

bool object_at(sentence_context const& sv, std::size_t pos) {
    if (pos >= sv.text().size()) return false;
    if (sv.quote_at(pos) >= 0) return true;
    auto w = sv.word_at(pos);
    if (w.empty()) return false;
    return !g::in_class(w, wc::auxiliary);
}

bool names_with_complement(sentence_context const& sv, text_span content) {
    auto const t = sv.text();
    std::string_view previous;
    for (std::size_t p = content.begin, words = 0; p < content.end;) {
        auto w = sv.word_at(p);
        if (w.empty()) {
            if (t[p] != ' ' && t[p] != '\'' && t[p] != '-') return false; // (a comma, a quote: the object is done)
            ++p;
            continue;
        }
        if (g::in_class(w, wc::indefinite_article)) {
            if (words == 0 || g::is_preposition(previous) || g::in_class(previous, wc::coordinator)) return false;
            return sv.time_phrase_at(p) == 0;
        }
        // (a verb of its own ends the object: "called the police who were a block away", "called
        // Harbor Hall before becoming a hotel")
        if (words > 0 && (g::in_class(w, wc::auxiliary) || g::in_class(w, wc::relative_clause_opener))) return false;
        if (g::has_form(w, wf::participle) || g::is_manner_adverb(w)) return false;
        previous = w;
        ++words;
        p += w.size();
    }
    return false;
}

namespace {

/// Where the object ends at a comma at `p` (before a relative or adverbial clause, or a speaker
/// and cue that report the whole sentence), or nothing when it goes on.
std::optional<std::size_t> object_end_at_comma(sentence_context const& sv, text_span content, std::size_t p) {
    auto const t = sv.text();
    // (", Reyes said": a subject and its cue after a comma report the whole sentence)
    std::size_t const next = sv.over_blank(p + 1);
    auto m = g::match_subject_cue(sv.bound(), next);
    if (m && m->cue.kind == g::cue_class::speech && clause_done(sv, m->cue.end)) return sv.back_over_blank(p);
    auto n = sv.word_at(next);
    bool relative = g::in_class(n, wc::relative_pronoun);
    // (", but “…”": quoted words right after the conjunction go on with what was said)
    bool adverbial = g::in_class(n, wc::adverbial_conjunction) && sv.quote_opening_at(sv.over_blank(next + n.size())) < 0;
    // (a relative clause between commas, then the verb's preposition, goes on: "accused Berg, who
    // …, of …")
    bool closed = false;
    for (std::size_t r = p + 1; relative && r < content.end; ++r)
        if (t[r] == ',' && g::is_preposition(sv.word_at(sv.over_blank(r + 1)))) closed = true;
    if ((relative && !closed) || adverbial) return sv.back_over_blank(p);
    // (", even suggesting he would …": a participle cue, adverbs before it, is a report of its own)
    std::size_t const q = sv.over_blank(next + g::skip_adverbs(sv.bound(), next));
    if (auto v = sv.word_at(q); v.size() > 4 && g::has_form(v, wf::participle) && sv.cue_at(q)) return sv.back_over_blank(p);
    return std::nullopt;
}

} // namespace

std::size_t reported_object_end(sentence_context const& sv, text_span content, bool naming) {
    auto const t = sv.text();
    auto const& article = sv.article();
    // (", Reyes said": a subject and its cue after a comma report the whole sentence; the object
    // ends before them)
    auto speaker_follows = [&](std::size_t q) {
        auto m = g::match_subject_cue(sv.bound(), sv.over_blank(q));
        return m && m->cue.kind == g::cue_class::speech && clause_done(sv, m->cue.end);
    };
    for (std::size_t p = content.begin; p < content.end;) {
        if (auto qi = sv.quote_at(p); qi >= 0) {
            auto const& q = article.quote(static_cast<std::size_t>(qi));
            if (q.closed && article.ends_on_own_comma(q) && speaker_follows(q.close_end)) return q.close_end;
            p = std::max<std::size_t>(p + 1, q.close_end);
            continue;
        }
        auto w = sv.word_at(p);
        if (w.empty()) {
            if (t[p] == ':' || t[p] == ';') return sv.back_over_blank(p);
            if (t[p] == ',')
                if (auto e = object_end_at_comma(sv, content, p)) return *e;
            ++p;
            continue;
        }
        bool const as = g::in_class(w, wc::as_word);
        auto const before = sv.letters_before(p);
        bool such_as = as && g::in_class(t.substr(before.begin, before.end - before.begin), wc::such_word);
        // ("dismissed the reports as “misinterpreted”", "described her as a former nurse": what
        // they were called goes with them)
        // (after a naming verb "as" gives the name: "referred to Berg as the captain")
        if (as) {
            std::size_t q = sv.over_blank(p + w.size());
            auto d = sv.word_at(q);
            if (naming || g::in_class(d, wc::article) || sv.quote_opening_at(q) >= 0) such_as = true;
        }
        // ("announced the workers were ill, but “all seven are well”": quoted words right after the
        // conjunction go on with what was said)
        if (p > content.begin && !such_as && g::in_class(w, wc::contrast_conjunction) &&
            sv.quote_opening_at(sv.over_blank(p + w.size())) < 0 &&
            g::looks_like_clause(t, sv.over_blank(p + w.size()), content.end))
            return sv.back_over_blank(p);
        if (p > content.begin) // "endorsed Berg in July" (the phrase must run to the end)
            if (auto tp = sv.time_phrase_at(p); tp > 0 && sv.over_blank(p + tp) >= content.end) return sv.back_over_blank(p);
        p += w.size();
    }
    return content.end;
}

std::size_t subordinate_clause_end(sentence_context const& sv, attribution const& a) {
    auto const t = sv.text();
    auto const& article = sv.article();
    std::size_t const end = sv.clause_end();
    if (!a.speaker || !a.cue) return end;
    // "the fishermen, who said the pier was safe, had never used it": the relative clause ends
    // where the sentence's own verb goes on after a comma
    if (adding_relative(t, *a.speaker))
        for (std::size_t p = a.cue->end; p < end; ++p) {
            if (auto q = sv.quote_at(p); q >= 0) {
                p = article.quote(static_cast<std::size_t>(q)).close_end - 1;
                continue;
            }
            if (t[p] == ',' && g::in_class(sv.word_at(sv.over_blank(p + 1)), wc::auxiliary)) return p;
        }
    auto conj = sv.letters_before(a.speaker->begin);
    if (conj.begin == conj.end) return end;
    // At the sentence start, or after "and"/"but" or a comma ("… but while she said A, B").
    auto lead = sv.letters_before(conj.begin);
    auto before_word = t.substr(lead.begin, lead.end - lead.begin);
    bool opens = conj.begin == sv.over_blank(sv.begin()) || (lead.end > sv.begin() && t[lead.end - 1] == ',') ||
                 g::in_class(before_word, wc::coordinator);
    // Or the sentence opens with one and no comma stands before the speaker ("Whereas Berg and
    // Reyes felt A, Okafor favored B").
    std::size_t const first = sv.over_blank(sv.begin());
    auto first_word = sv.word_at(first);
    bool sentence_opens = !first_word.empty() && first < a.speaker->begin &&
                          g::is_subordinator(article.lowered_first({first, first + first_word.size()})) &&
                          t.substr(first, a.speaker->begin - first).find(',') == std::string_view::npos;
    if (sentence_opens) opens = true, conj = {first, first + first_word.size()};
    if (!opens || !g::is_subordinator(article.lowered_first(conj))) return end;
    return clause_comma(sv, a.cue->end, end);
}

std::size_t clause_comma(sentence_context const& sv, std::size_t from, std::size_t end) {
    auto const t = sv.text();
    auto const& article = sv.article();
    for (std::size_t p = from; p < end; ++p) {
        if (auto q = sv.quote_at(p); q >= 0) {
            auto const& quote = article.quote(static_cast<std::size_t>(q));
            // “…,” closing on its own comma ends the clause too
            std::size_t last = sv.back_over_blank(quote.inner_end);
            if (quote.closed && last > quote.inner_begin && t[last - 1] == ',') return quote.close_end;
            p = quote.close_end - 1;
            continue;
        }
        if (article.separating_comma(p)) return p;
    }
    return end;
}

std::size_t before_time_phrase(sentence_context const& sv, std::size_t wi, std::size_t before) {
    auto const& words = sv.words();
    for (std::size_t k = wi > 4 ? wi - 4 : 0; k < wi; ++k)
        if (auto t = sv.time_phrase_at(words[k]); t > 0 && sv.over_blank(words[k] + t) >= before) return sv.back_over_blank(words[k]);
    return before;
}

} // namespace verbatim::attribute
