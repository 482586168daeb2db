#include "attribute/attribution.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <unordered_set>

namespace verbatim::attribute {
namespace g = verbatim::grammars;
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// A sentence's text with the tools to walk it.
class sentence_view {
public:
    sentence_view(std::string_view text, text::sentence const& s, std::span<text::quote_span const> quotes,
                  std::span<std::size_t const> top)
        : text_(text), s_(s), quotes_(quotes), top_(top) {}

    std::string_view text() const { return text_; }
    std::size_t begin() const { return s_.begin; }
    std::size_t end() const { return s_.end; }

    /// The top-level quotation (index into quotes) that holds byte `pos`, or -1.
    std::ptrdiff_t quote_at(std::size_t pos) const {
        // (most positions asked about lie outside every quotation of the sentence)
        if (top_.empty() || pos < quotes_[top_.front()].open || pos >= quotes_[top_.back()].close_end) return -1;
        // Top-level quotations do not overlap: the last one opening at or before pos is the one.
        auto it = std::upper_bound(top_.begin(), top_.end(), pos,
                                   [&](std::size_t p, std::size_t i) { return p < quotes_[i].open; });
        if (it == top_.begin()) return -1;
        auto i = *std::prev(it);
        return pos < quotes_[i].close_end ? static_cast<std::ptrdiff_t>(i) : -1;
    }

    /// The first top-level quotation that ends after byte `pos` (index into quotes), or -1.
    std::ptrdiff_t next_quote(std::size_t pos) const {
        auto it = std::upper_bound(top_.begin(), top_.end(), pos,
                                   [&](std::size_t p, std::size_t i) { return p < quotes_[i].close_end; });
        return it == top_.end() ? -1 : static_cast<std::ptrdiff_t>(*it);
    }

    /// Starts of the words of the sentence, outside quotations.
    std::vector<std::size_t> word_starts() const {
        std::vector<std::size_t> out;
        out.reserve((s_.end - s_.begin) / 4 + 1);
        std::size_t pos = s_.begin;
        auto next_quote = top_.begin(); // (top-level quotations are in order and do not overlap)
        while (pos < s_.end) {
            while (next_quote != top_.end() && quotes_[*next_quote].close_end <= pos) ++next_quote;
            if (next_quote != top_.end() && quotes_[*next_quote].open <= pos) {
                pos = std::max(pos + 1, quotes_[*next_quote].close_end);
                continue;
            }
            auto const b = static_cast<unsigned char>(text_[pos]);
            if (b < 0x80 && !ascii_alnum(b)) {
                ++pos; // (punctuation and blanks: most bytes that start no word)
                continue;
            }
            int n = 1;
            if (b >= 0x80 && !g::is_word_char(g::decode_utf8_at(text_, pos, n))) {
                pos += static_cast<std::size_t>(std::max(n, 1));
                continue;
            }
            auto before = pos == s_.begin ? 0 : static_cast<unsigned char>(text_[pos - 1]);
            bool boundary = pos == s_.begin || !g::is_word_char(before < 0x80 ? before : prev_char(pos));
            if (boundary && !(pos > s_.begin && (before == '-' || before == '\'')))
                out.push_back(pos);
            pos += static_cast<std::size_t>(std::max(n, 1));
            // the rest of an ASCII word starts none (no quotation opens inside a word)
            while (pos < s_.end && ascii_alnum(static_cast<unsigned char>(text_[pos]))) ++pos;
        }
        return out;
    }

    static bool ascii_alnum(unsigned char b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'); }

    char32_t prev_char(std::size_t pos) const {
        if (pos == 0) return 0;
        std::size_t p = pos - 1;
        while (p > 0 && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) --p;
        int n = 0;
        return g::decode_utf8_at(text_, p, n);
    }

    /// Position of the last non-blank byte before `pos` (+1), staying in the sentence.
    std::size_t back_over_blank(std::size_t pos) const {
        while (pos > s_.begin && (is_space(text_[pos - 1]) || (pos >= 2 && text_.substr(pos - 2, 2) == "\xC2\xA0")))
            pos -= text_[pos - 1] == '\xA0' ? 2 : 1;
        return pos;
    }
    std::size_t over_blank(std::size_t pos) const {
        while (pos < s_.end && is_space(text_[pos])) ++pos;
        return pos;
    }

    /// The word starting at pos (letters, digits, hyphens, apostrophes); none past the sentence.
    std::string_view word_at(std::size_t pos) const {
        if (pos >= s_.end) return {};
        std::size_t e = pos;
        while (e < s_.end) {
            int n = 0;
            char32_t c = g::decode_utf8_at(text_, e, n);
            if (!g::is_word_char(c) && c != '-' && c != '\'') break;
            e += static_cast<std::size_t>(n);
        }
        return text_.substr(pos, e - pos);
    }

    /// End of the reported clause: the sentence end without closing punctuation.
    std::size_t clause_end() const {
        std::size_t e = back_over_blank(s_.end);
        while (e > s_.begin) {
            char c = text_[e - 1];
            if (c == '.' || c == '?' || c == '!' || c == ';' || c == ':' || c == ',') --e;
            else break;
        }
        return e;
    }

private:
    std::string_view text_;
    text::sentence const& s_;
    std::span<text::quote_span const> quotes_;
    std::span<std::size_t const> top_;
};

text_span trim(std::string_view t, text_span s) {
    while (s.begin < s.end && is_space(t[s.begin])) ++s.begin;
    while (s.end > s.begin && is_space(t[s.end - 1])) --s.end;
    return s;
}

using text::count_words;

class attributor {
public:
    attributor(document const& doc, text::article_layout const& layout)
        : text_(doc.text), bound_(doc.text), layout_(layout), used_(layout.quotes.size(), false) {
        for (std::size_t i = 0; i < layout.quotes.size(); ++i)
            if (layout.quotes[i].depth == 0) top_.push_back(i);
        // Continuations of each multi-paragraph quote, in order.
        next_part_.assign(layout.quotes.size(), -1);
        for (std::size_t i = 0; i < layout.quotes.size(); ++i)
            if (layout.quotes[i].continues >= 0) next_part_[static_cast<std::size_t>(layout.quotes[i].continues)] = static_cast<std::ptrdiff_t>(i);
    }

    std::vector<attribution> run() {
        for (auto const& s : layout_.sentences) {
            std::size_t const before = out_.size();
            if (!headline_report(s)) by_cue(s);
            if (out_.size() == before) in_document(s);
        }
        transcript_lines();
        standalone_quotes();
        std::sort(out_.begin(), out_.end(), [](auto const& a, auto const& b) { return a.spans.front().begin < b.spans.front().begin; });
        cut_at_coordinated_reports();
        drop_nested();
        return std::move(out_);
    }

private:
    std::span<std::size_t const> top_in(text::sentence const& s) const {
        auto lo = std::lower_bound(top_.begin(), top_.end(), s.begin,
                                   [&](std::size_t i, std::size_t pos) { return layout_.quotes[i].close_end <= pos; });
        auto hi = lo;
        while (hi != top_.end() && layout_.quotes[*hi].open < s.end) ++hi;
        return {lo, hi};
    }

    /// The quote's words, and those of the paragraphs that continue it.
    void add_quote_parts(attribution& a, std::size_t qi) {
        // From the first paragraph of a quote over several, whichever part the cue is next to.
        while (layout_.quotes[qi].continues >= 0) qi = static_cast<std::size_t>(layout_.quotes[qi].continues);
        for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(qi); i >= 0; i = next_part_[static_cast<std::size_t>(i)]) {
            auto const& q = layout_.quotes[static_cast<std::size_t>(i)];
            auto span = trim(text_, {q.inner_begin, q.inner_end});
            // “…,” he said: the comma belongs to the sentence around the quote.
            while (span.end > span.begin && text_[span.end - 1] == ',') span = trim(text_, {span.begin, span.end - 1});
            if (span.begin < span.end) {
                a.spans.push_back(span);
                a.quoted.push_back(span);
            }
            used_[static_cast<std::size_t>(i)] = true;
        }
    }

    /// Whether a top-level quotation closes exactly at `end`.
    bool quote_closes_at(std::size_t end) const { return top_closing_at(end) >= 0; }

    /// The quotation that closes right before `pos` (blanks and a comma allowed between).
    std::ptrdiff_t quote_closing_before(sentence_view const& sv, std::size_t pos) const {
        // ",” X said" has the comma inside the quote, "”, X said" outside it.
        std::size_t p = sv.back_over_blank(pos);
        if (p > sv.begin() && text_[p - 1] == ',') p = sv.back_over_blank(p - 1);
        auto i = top_closing_at(p);
        return i >= 0 && layout_.quotes[static_cast<std::size_t>(i)].closed ? i : -1;
    }

    /// Whether a quotation closes right before `pos` on a comma of its own ("… “won the
    /// argument,” claiming …": the comma sets off what follows as the quoted words' would).
    bool comma_closes_quote_before(sentence_view const& sv, std::size_t pos) const {
        auto qi = quote_closing_before(sv, pos);
        return qi >= 0 && ends_on_own_comma(layout_.quotes[static_cast<std::size_t>(qi)]);
    }

    /// Whether "to" at `p` opens a to-infinitive: a lower-case word follows that is no
    /// determiner or pronoun ("to build", not "to the plan"), or quoted words ("to “stand up”").
    bool infinitive_at(sentence_view const& sv, std::size_t p) const {
        std::size_t v = sv.over_blank(p + 2);
        if (quote_opening_at(sv, v) >= 0) return true;
        auto w = sv.word_at(v);
        static constexpr std::string_view not_verbs[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                                                         "this", "that", "these", "those", "some", "any", "no", "every",
                                                         "each", "all", "both", "what", "which", "it", "him", "them",
                                                         "me", "us", "you", "be"};
        return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && std::find(std::begin(not_verbs), std::end(not_verbs), w) == std::end(not_verbs);
    }

    /// Whether the quoted words end on a comma inside the marks (“…,”).
    bool ends_on_own_comma(text::quote_span const& q) const {
        std::size_t e = q.inner_end;
        while (e > q.inner_begin && is_space(text_[e - 1])) --e;
        return e > q.inner_begin && text_[e - 1] == ',';
    }

    /// Whether an em dash, or the typewriter's " --", stands at `p`.
    /// A comma between digits, inside a number ("2,315 riders").
    bool thousands_comma(std::size_t p) const {
        auto digit = [&](std::size_t q) { return q < text_.size() && text_[q] >= '0' && text_[q] <= '9'; };
        return text_[p] == ',' && p > 0 && digit(p - 1) && digit(p + 1);
    }

    bool dash_at(std::size_t p) const {
        return text_.compare(p, 3, "\xE2\x80\x94") == 0 || text_.compare(p, 3, " --") == 0;
    }

    /// The top-level quotation whose closing mark ends at `end`, or -1 (binary search: the
    /// top-level quotations are in text order and do not overlap).
    std::ptrdiff_t top_closing_at(std::size_t end) const {
        auto it = std::lower_bound(top_.begin(), top_.end(), end,
                                   [&](std::size_t i, std::size_t e) { return layout_.quotes[i].close_end < e; });
        return it != top_.end() && layout_.quotes[*it].close_end == end ? static_cast<std::ptrdiff_t>(*it) : -1;
    }

    /// The quotation that ends right before sentence `s` in the same paragraph, or -1.
    std::ptrdiff_t quote_ending_before(text::sentence const& s) const {
        std::size_t p = s.begin;
        while (p > 0 && text_[p - 1] == ' ') --p;
        auto i = top_closing_at(p);
        if (i < 0) return -1;
        auto const& q = layout_.quotes[static_cast<std::size_t>(i)];
        return q.closed && q.paragraph == s.paragraph ? i : -1;
    }

    /// The quotation that opens at `pos` (after blanks), or -1.
    std::ptrdiff_t quote_opening_at(sentence_view const& sv, std::size_t pos) const {
        pos = sv.over_blank(pos);
        auto it = std::lower_bound(top_.begin(), top_.end(), pos,
                                   [&](std::size_t i, std::size_t p) { return layout_.quotes[i].open < p; });
        return it != top_.end() && layout_.quotes[*it].open == pos ? static_cast<std::ptrdiff_t>(*it) : -1;
    }

    /// True when nothing but an adverbial, a comma or the sentence end follows `pos`.
    bool clause_done(sentence_view const& sv, std::size_t pos) const {
        pos = sv.over_blank(pos);
        pos = sv.over_blank(pos + g::skip_time_phrase(bound_, pos)); // "told CNBC Saturday."
        if (pos >= sv.clause_end()) return true;
        char c = text_[pos];
        if (c == ',' || c == ';' || c == '(' || c == '-') return true;
        if (text_.substr(pos, 3) == "\xE2\x80\x94" || text_.substr(pos, 3) == "\xE2\x80\x93") return true;
        auto w = sv.word_at(pos);
        // "says directly to the camera", "said carefully, as …", "tweeted a user going by the handle …"
        if (w.size() > 3 && w.ends_with("ly") && w.find('-') == std::string_view::npos) return clause_done(sv, pos + w.size());
        if (w.size() >= 5 && w.ends_with("ing") && !g::match_cue(bound_, pos)) return true;
        // "told members at a dinner organized by the club": a passive participle and its phrase
        if (w.size() >= 5 && w.ends_with("ed") && sv.word_at(sv.over_blank(pos + w.size())) == "by") return true;
        return g::is_clause_opener(w);
    }

    /// Where the speaker of a cue stands: before it (the subject), after it (“…,” said X), or
    /// as the subject of the sentence a participle cue hangs on (", saying …").
    enum class speaker_place { subject, inverted, participle };

    struct found_speaker {
        g::speaker_phrase phrase;
        speaker_place place = speaker_place::subject;
    };

    /// Interview transcripts: paragraphs that open with their speaker's name and a colon
    /// ("BERG: We will build it.", "Anna Berg: We will build it.") hold that speaker's own
    /// words, when nothing else in the paragraph was attributed. Only in a dialogue (some
    /// speaker has two turns or more, by surname: "ANNA BERG: …" then "BERG: …"): a list of
    /// labelled paragraphs ("Iowa: …", "New Hampshire: …") or a one-off label ("Editor's note:
    /// …") is no transcript. Not the headline (see headline_report), nor a place, a body or one
    /// everyday word, nor "Q" or "A" as the label.
    void transcript_lines() {
        // (A turn's own "I think …" or "we hope to …" is the turn's speaker talking: it leaves the
        // paragraph to the label.)
        auto first_or_second_person = [&](attribution const& a) {
            auto who = a.speaker ? text_.substr(a.speaker->begin, a.speaker->end - a.speaker->begin) : std::string_view{};
            return who == "I" || who == "We" || who == "we" || who == "You" || who == "you";
        };
        // A transcript printed as a long quotation opens each turn with a quote mark ("\"BERG: We
        // will …"): there the label starts after the mark, and the quotation the paragraphs make
        // together is no one's turn.
        auto mark_at = [&](std::size_t pi) -> std::size_t {
            auto const& para = layout_.paragraphs[pi];
            auto m = g::match_quote_mark(text_.substr(0, para.end), para.begin);
            return m ? m->length : 0;
        };
        // (the paragraph a quotation opens in: its introducer may stand in the one before)
        auto paragraph_at = [&](std::size_t pos) {
            auto const& ps = layout_.paragraphs;
            auto it = std::upper_bound(ps.begin(), ps.end(), pos, [](std::size_t p, text_span const& para) { return p < para.begin; });
            return static_cast<std::size_t>(it - ps.begin()) - 1;
        };
        auto opening_paragraph = [&](attribution const& a) { return paragraph_at(a.spans.front().begin); };
        auto in_quoted_turn = [&](attribution const& a) {
            if (a.kind != quote_kind::direct || a.spans.empty() || a.spans.front().begin < layout_.paragraphs.front().begin) return false;
            auto const pi = opening_paragraph(a);
            auto const mark = mark_at(pi);
            return mark > 0 && a.spans.front().begin == layout_.paragraphs[pi].begin + mark;
        };
        // Where the first report of each paragraph starts (its content, speaker or cue): a report
        // after the label's colon is inside the turn ("BERG: The board chair, who said …").
        std::vector<std::size_t> attributed(layout_.paragraphs.size(), std::numeric_limits<std::size_t>::max());
        for (auto const& a : out_)
            if (!first_or_second_person(a) && !in_quoted_turn(a))
                for (auto const& sp : a.spans) // (each paragraph of the report)
                    for (std::size_t pi = a.paragraph; pi < layout_.paragraphs.size() && layout_.paragraphs[pi].begin < sp.end; ++pi)
                        if (layout_.paragraphs[pi].end > sp.begin) {
                            std::size_t first = std::max(sp.begin, layout_.paragraphs[pi].begin);
                            if (a.speaker && a.speaker->begin < first) first = a.speaker->begin;
                            if (a.cue && a.cue->begin < first) first = a.cue->begin;
                            attributed[pi] = std::min(attributed[pi], first);
                        }
        struct turn {
            std::size_t paragraph;
            g::speaker_phrase speaker;
            text_span content;
            std::string key; ///< the label's last word, upper case
        };
        std::vector<turn> turns;
        for (std::size_t pi = 1; pi < layout_.paragraphs.size(); ++pi) {
            auto const& para = layout_.paragraphs[pi];
            if (attributed[pi] <= para.begin + mark_at(pi)) continue;
            std::size_t const start = para.begin + mark_at(pi);
            std::size_t colon = start;
            while (colon < para.end && colon < start + 40 && text_[colon] != ':' && text_[colon] != ',' && text_[colon] != '.' &&
                   text_[colon] != '\n')
                ++colon;
            if (colon >= para.end || colon == start || text_[colon] != ':' || colon + 1 >= para.end || text_[colon + 1] != ' ' ||
                attributed[pi] <= colon)
                continue;
            std::size_t const label_end = colon;
            bool capitals = true; // every word of the label capitalised
            for (std::size_t p = start; p < label_end; ++p)
                if ((p == start || text_[p - 1] == ' ') && !(text_[p] >= 'A' && text_[p] <= 'Z')) capitals = false;
            if (!capitals) continue;
            bound_ = text_.substr(0, para.end);
            auto sp = g::match_speaker_ending_at(bound_, start, label_end);
            if (!sp || sp->tokens.size() > 4 || sp->tokens.back().part == g::np_part::determiner) continue;
            auto label = text_.substr(sp->begin, sp->end - sp->begin);
            auto const& head = sp->tokens.back();
            auto last = text_.substr(head.begin, head.end - head.begin);
            // ("Q:" and "A:" name no one: the interviewee's name is elsewhere)
            if (label.size() < 2 || (sp->tokens.size() == 1 && g::is_common_word(last)) || g::is_place_name(label) ||
                g::is_organization_name(label))
                continue;
            text_span content = trim(text_, {colon + 1, para.end});
            if (mark_at(pi) > 0) // the quotation's closing mark, in its last turn
                for (std::size_t k = 1; k <= 3 && k < content.end - content.begin; ++k)
                    if (auto m = g::match_quote_mark(bound_, content.end - k); m && m->length == k) {
                        content = trim(text_, {content.begin, content.end - k});
                        break;
                    }
            if (count_words(text_, content, 2) < 2) continue;
            std::string key(last);
            for (auto& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            turns.push_back({pi, *sp, content, std::move(key)});
        }
        bool dialogue = false;
        for (std::size_t i = 0; i < turns.size() && !dialogue; ++i)
            for (std::size_t j = i + 1; j < turns.size() && !dialogue; ++j) dialogue = turns[i].key == turns[j].key;
        if (!dialogue) return;
        // The turn holds what its speaker says of themselves: no second report of it.
        std::vector<bool> turn_at(layout_.paragraphs.size(), false);
        for (auto const& t : turns) turn_at[t.paragraph] = true;
        std::erase_if(out_, [&](attribution const& a) {
            return (turn_at[a.paragraph] && first_or_second_person(a)) || (in_quoted_turn(a) && turn_at[opening_paragraph(a)]);
        });
        // (nor is the quotation the quoted turns make together, nor a quote inside a turn)
        for (std::size_t i = 0; i < layout_.quotes.size(); ++i)
            if (layout_.quotes[i].open >= layout_.paragraphs.front().begin && turn_at[paragraph_at(layout_.quotes[i].open)])
                used_[i] = true;
        for (auto& t : turns) {
            attribution a;
            a.kind = quote_kind::direct;
            a.speaker = std::move(t.speaker);
            a.paragraph = t.paragraph;
            a.spans = {t.content};
            a.quoted = {t.content};
            keep(std::move(a));
        }
    }

    /// A headline's own attribution: "Okafor: Reyes Budget Will Close Three Schools." /
    /// "Anna Berg Says Her Town Will Build a Bridge." The headline is the
    /// article's first paragraph when it is one short sentence and more paragraphs follow.
    bool headline_report(text::sentence const& s) {
        if (!layout_.headline || s.paragraph != 0) return false;
        bound_ = text_.substr(0, s.end);
        auto top = top_in(s);
        sentence_view sv(text_, s, layout_.quotes, top);
        auto words = sv.word_starts();
        // Who the headline's opening phrase ending at `before` names, if it can speak.
        auto label = [&](std::size_t before) -> std::optional<g::speaker_phrase> {
            auto sp = g::match_speaker_ending_at(bound_, s.begin, before);
            if (!sp || sp->tokens.size() > 6 || sp->tokens.back().part == g::np_part::determiner) return std::nullopt;
            // "The Latest: …", "Analysis: …": one everyday word labels a series, it does not speak
            auto const& head = sp->tokens.back();
            bool lone = sp->tokens.size() == 1 || (sp->tokens.size() == 2 && sp->tokens[0].part == g::np_part::determiner);
            if (lone && head.part == g::np_part::name && g::is_common_word(text_.substr(head.begin, head.end - head.begin)) &&
                !document_head(*sp))
                return std::nullopt;
            return sp;
        };
        // "NAME: “CONTENT” …": the content opens with a quotation (whose words are not among the
        // words above)
        for (std::size_t p = s.begin; p < s.end && (words.size() < 8 || p < words[7]); ++p) {
            if (sv.quote_at(p) >= 0) break;
            if (text_[p] != ':') continue;
            std::size_t const open = sv.over_blank(p + 1);
            if (quote_opening_at(sv, open) < 0) break;
            auto sp = label(sv.back_over_blank(p));
            if (!sp) return false;
            attribution a;
            a.speaker = sp;
            a.paragraph = 0;
            reported_clause(a, sv, trim(text_, {open, sv.clause_end()}));
            keep(std::move(a));
            return true;
        }
        for (std::size_t wi = 1; wi < words.size() && wi < 8; ++wi) {
            std::size_t const w = words[wi];
            std::size_t before = sv.back_over_blank(w);
            std::optional<g::cue_match> cue;
            std::size_t content_from = 0;
            if (before > s.begin && text_[before - 1] == ':' && sv.quote_at(before - 1) < 0) {
                // "NAME: CONTENT"
                before = sv.back_over_blank(before - 1);
                content_from = w;
            } else if (text_[w] >= 'A' && text_[w] <= 'Z') {
                // "NAME Says CONTENT": the cue in title case
                auto const lowered = lowered_first({w, w + sv.word_at(w).size()});
                auto c = g::match_cue(lowered, 0);
                if (!c || c->kind != g::cue_class::speech || c->end != lowered.size() || !c->bare_clause) continue;
                cue = *c; // (its place is the title-case word's)
                cue->begin = w;
                cue->end = w + lowered.size();
                content_from = sv.over_blank(cue->end);
            } else {
                continue;
            }
            auto sp = label(before);
            if (!sp) return false;
            text_span content = trim(text_, {content_from, sv.clause_end()});
            if (count_words(text_, content, 2) < 2) return false;
            attribution a;
            a.cue = cue;
            a.speaker = sp;
            a.paragraph = 0;
            reported_clause(a, sv, content);
            keep(std::move(a));
            return true;
        }
        return false;
    }

    /// "In a city survey published Friday, 40 percent backed Berg": a document or poll named by an opening
    /// "In …" is the source of the clause after its comma (when no cue in the sentence reported it).
    void in_document(text::sentence const& s) {
        bound_ = text_.substr(0, s.end);
        auto top = top_in(s);
        sentence_view sv(text_, s, layout_.quotes, top);
        std::size_t p = sv.over_blank(s.begin);
        auto first = sv.word_at(p);
        if (first != "In" && first != "in") return;
        p = sv.over_blank(p + first.size());
        // the noun phrase up to the comma, its head a document word ("poll", "survey", "statement")
        std::size_t comma = p;
        while (comma < sv.clause_end() && text_[comma] != ',' && sv.quote_at(comma) < 0 && comma - p < 150) ++comma;
        if (comma >= sv.clause_end() || text_[comma] != ',') return;
        auto sp = source_phrase(sv, p);
        if (!sp || !document_head(*sp)) return;
        text_span content = trim(text_, {comma + 1, sv.clause_end()});
        auto words = count_words(text_, content, 5);
        if (words < 3 || (words < 5 && !g::looks_like_clause(text_, content.begin, content.end))) return;
        for (std::size_t q = content.begin; q < content.end; ++q)
            if (sv.quote_at(q) >= 0) return; // "In a statement, “…”": quoted words are someone's, found otherwise
        attribution a;
        a.speaker = sp;
        a.paragraph = s.paragraph;
        reported_clause(a, sv, content);
        keep(std::move(a));
    }

    void by_cue(text::sentence const& s) {
        bound_ = text_.substr(0, s.end); // grammars read no further than the sentence
        auto top = top_in(s);
        sentence_view sv(text_, s, layout_.quotes, top);
        auto words = sv.word_starts();
        // "Asked about the budget, Reyes declined …": the cue opening the sentence in capitals
        if (!words.empty() && sv.word_at(words[0]) == "Asked") {
            g::cue_match asked{words[0], words[0] + 5};
            asked.takes_object = asked.question = true;
            asked_question(sv, s, asked);
        }
        for (std::size_t wi = 0; wi < words.size(); ++wi) {
            auto cue = g::match_cue(bound_, words[wi]);
            if (!cue || gerund_noun(sv, *cue)) continue;
            // ("thought of her first summer there": a belief verb before "of" or "about" recalls, not reports)
            if (cue->kind == g::cue_class::belief) {
                auto next = sv.word_at(sv.over_blank(cue->end));
                if (next == "of" || next == "about") continue;
            }
            if (cue->kind == g::cue_class::according_to) {
                according_to(sv, *cue);
                continue;
            }
            auto who = find_speaker(sv, s, words, wi, *cue);
            if (!who) {
                asked_question(sv, s, *cue);
                continue;
            }
            auto const& sp = who->phrase;
            if (sp.tokens.size() == 1 && sp.tokens[0].part == g::np_part::pronoun &&
                g::pronoun_gender(text_.substr(sp.begin, sp.end - sp.begin)) == g::gender::first_person)
                continue; // "I said" outside quotes is the writer
            std::size_t subject_begin = who->place == speaker_place::subject ? sp.begin : cue->begin;
            std::size_t after = who->place == speaker_place::inverted ? sp.end : cue->end;
            if (who->place == speaker_place::inverted && !clause_done(sv, after))
                after = sv.clause_end(); // "said one owner of a bakery who asked not to be named": the relative clause is his
            if (cue->takes_object) {
                // "told reporters", "told the BBC on Sunday"
                std::size_t p = sv.over_blank(after);
                if (auto obj = g::match_speaker(bound_, p)) {
                    after = obj->end;
                    // "CafÃ©": a word of damaged text runs on to the next blank
                    while (after < sv.clause_end() && !is_space(text_[after]) && text_[after] != ',' && text_[after] != '.' &&
                           sv.quote_at(after) < 0)
                        ++after;
                    // "told USA Today": the name goes on in capitals the grammar left
                    for (std::size_t q = sv.over_blank(after); q < sv.clause_end() && text_[q] >= 'A' && text_[q] <= 'Z';
                         q = sv.over_blank(after))
                        after = q + sv.word_at(q).size();
                } else if (auto e = hearer_end(sv, p); e > 0) {
                    after = e; // "told some of the dock workers.", "told state media, adding …"
                }
            }
            attribution a;
            a.cue = *cue;
            a.speaker = sp;
            a.paragraph = s.paragraph;
            // ", adding later, “…”": a participle cue introduces what follows it; what stands
            // before it is the report it hangs on.
            bool participle = who->place == speaker_place::participle;
            // ("Earlier, Berg spoke …": a verb that reports what it is about reports nothing before it)
            if (!participle && !cue->about && !cue->as && !(cue->to && !cue->naming) && report_before_cue(a, sv, s, subject_begin, after))
                continue;
            if (!participle && report_of_previous_sentence(a, sv, s, subject_begin, after)) continue;
            report_after_cue(a, sv, s, *cue, after);
        }
    }

    /// "When asked whether the ferry would stay, Berg said …", "She was asked about the budget":
    /// a question put by someone the article does not name; its content is the question (after
    /// "about", what it was about), up to the comma that closes an opening clause.
    void asked_question(sentence_view const& sv, text::sentence const& s, g::cue_match const& cue) {
        if (!cue.question || !cue.takes_object) return;
        auto verb = text_.substr(cue.begin, cue.end - cue.begin);
        if (verb != "asked" && verb != "Asked") return;
        auto before = letters_before(sv, cue.begin);
        auto b = text_.substr(before.begin, before.end - before.begin);
        bool opening = cue.begin == sv.over_blank(sv.begin()) || ((b == "When" || b == "when" || b == "After" || b == "If") &&
                                                                    before.begin == sv.over_blank(sv.begin()));
        // ("“Certainly,” Reyes said when asked whether …": inside the sentence too)
        bool when = b == "when" || b == "after";
        bool passive_aux = b == "was" || b == "were" || b == "is" || b == "are" || b == "been" || b == "being";
        if (!opening && !passive_aux && !when) return;
        std::size_t p = sv.over_blank(cue.end);
        p = sv.over_blank(p + g::skip_time_phrase(bound_, p)); // "Asked on Monday whether …"
        attribution a;
        // "asked by a listener whether …": the one who asked
        if (sv.word_at(p) == "by")
            if (auto asker = g::match_speaker(bound_, sv.over_blank(p + 2))) {
                a.speaker = asker;
                p = sv.over_blank(asker->end);
            }
        auto w = sv.word_at(p);
        if (w == "about") p = sv.over_blank(p + w.size());
        else if (!is_question_word(w) && !(w == "to" && infinitive_at(sv, p))) return;
        std::size_t end = sv.clause_end();
        if (opening || when)
            for (std::size_t q = p; q < end; ++q) {
                if (auto qi = sv.quote_at(q); qi >= 0) {
                    q = layout_.quotes[static_cast<std::size_t>(qi)].close_end - 1;
                    continue;
                }
                if (separating_comma(q)) {
                    end = q;
                    break;
                }
            }
        text_span content = trim(text_, {p, end});
        if (count_words(text_, content, 2) < 2) return;
        a.cue = cue;
        a.paragraph = s.paragraph;
        reported_clause(a, sv, content);
        keep(std::move(a));
    }

    /// "described the mayor as a “spoiled child” on Monday": where the words "as (a) “…”" end a
    /// verb's object (what follows is the writer's), or the content's end when there are none.
    std::size_t as_quote_end(sentence_view const& sv, text_span content) const {
        for (std::size_t p = content.begin; p + 3 < content.end; ++p) {
            if (sv.quote_at(p) >= 0 || text_.compare(p, 3, "as ") != 0 || (p > 0 && !is_space(text_[p - 1]))) continue;
            std::size_t q = sv.over_blank(p + 2);
            if (auto w = sv.word_at(q); w == "a" || w == "an" || w == "the") q = sv.over_blank(q + w.size());
            auto qi = quote_opening_at(sv, q);
            if (qi < 0 || !layout_.quotes[static_cast<std::size_t>(qi)].closed) continue;
            std::size_t end = layout_.quotes[static_cast<std::size_t>(qi)].close_end;
            for (;;) {
                std::size_t n = sv.over_blank(end);
                auto w = sv.word_at(n);
                if (w == "and" || w == "or") {
                    // "as “a bully” and (a) “coward”": the words go on
                    std::size_t m = sv.over_blank(n + w.size());
                    if (auto d = sv.word_at(m); d == "a" || d == "an" || d == "the") m += d.size();
                    auto next = quote_opening_at(sv, m);
                    if (next < 0 || !layout_.quotes[static_cast<std::size_t>(next)].closed) break;
                    end = layout_.quotes[static_cast<std::size_t>(next)].close_end;
                    continue;
                }
                // "as the “clever” move she made": the quote is inside a longer noun phrase
                if (!w.empty() && w[0] >= 'a' && w[0] <= 'z' && !g::is_preposition(w) && !g::is_clause_opener(w) &&
                    !g::skip_time_phrase(bound_, n) && w != "but")
                    return content.end;
                break;
            }
            return std::min(end, content.end);
        }
        return content.end;
    }

    /// Where a hearer after "told" ends that the speaker grammar could not read, or 0: a few words
    /// that make no clause, up to the clause end or a comma ("told some of the dock workers.", "told
    /// state media, adding …").
    std::size_t hearer_end(sentence_view const& sv, std::size_t pos) const {
        std::size_t end = sv.clause_end();
        if (pos >= end || sv.quote_at(pos) >= 0) return 0;
        for (std::size_t p = pos; p < end; ++p) {
            if (sv.quote_at(p) >= 0) return 0;
            if (separating_comma(p)) { // (not "told 3,000 people")
                // the hearer ends at a comma only before a participle or an adverbial ("…, adding")
                auto next = sv.word_at(sv.over_blank(p + 1));
                if (!(next.size() >= 5 && next.ends_with("ing")) && !g::is_clause_opener(next)) return 0;
                end = p;
                break;
            }
        }
        auto words = count_words(text_, {pos, end}, 7);
        bool hearer = words >= 1 && words <= 6 && !g::looks_like_clause(text_, pos, end) &&
                      text_.substr(pos, end - pos).find(" that ") == std::string_view::npos;
        return hearer ? sv.back_over_blank(end) : 0;
    }

    static bool is_question_word(std::string_view w) {
        return w == "whether" || w == "if" || w == "what" || w == "who" || w == "why" || w == "how" || w == "when" ||
               w == "which" || w == "where";
    }

    /// Whether the -ing word at `pos` is the subject of a clause of its own, its verb within a few
    /// words ("banning the club would be …"), rather than a participle phrase.
    bool gerund_clause(sentence_view const& sv, std::size_t pos) const {
        std::size_t near = pos;
        for (int k = 0; k < 4 && near < sv.clause_end(); ++k) {
            while (near < sv.clause_end() && !is_space(text_[near])) ++near;
            near = sv.over_blank(near);
        }
        return g::looks_like_clause(text_, pos, std::min(near, sv.clause_end()));
    }

    /// A poll's share as the subject of a cue: "Sixty-one percent said …", "Two in five say …",
    /// "40 percent of the residents believe …" — a number opening the clause, a few words, the cue.
    std::optional<g::speaker_phrase> quantity_subject(sentence_view const& sv, g::cue_match const& cue) const {
        std::size_t end = sv.back_over_blank(cue.begin);
        std::size_t begin = end;
        while (begin > sv.begin() && text_[begin - 1] != ';' && text_[begin - 1] != ':' && sv.quote_at(begin - 1) < 0) {
            // (a comma stops it, but not inside a number: "2,315 riders")
            if (text_[begin - 1] == ',' && !thousands_comma(begin - 1)) break;
            if (end - begin > 120) return std::nullopt; // eight words at most
            --begin;
        }
        begin = sv.over_blank(begin);
        if (begin >= end || count_words(text_, {begin, end}, 9) > 8 || g::looks_like_clause(text_, begin, end)) return std::nullopt;
        auto first = sv.word_at(begin);
        auto const lower = g::lower_ascii(first.substr(0, first.find('-')));
        bool multiplier = false;
        bool number = std::isdigit(static_cast<unsigned char>(text_[begin])) || g::number_word_value(lower, multiplier).has_value();
        if (!number) return std::nullopt;
        g::speaker_phrase sp;
        sp.begin = begin;
        sp.end = end;
        for (std::size_t p = begin; p < end;) {
            auto w = sv.word_at(p);
            std::size_t n = std::max<std::size_t>(1, w.size());
            if (!w.empty()) sp.tokens.push_back({g::np_part::common, p, p + w.size()});
            p = sv.over_blank(p + n);
            while (p < end && !std::isalnum(static_cast<unsigned char>(text_[p])) && static_cast<unsigned char>(text_[p]) < 0x80) ++p;
        }
        if (sp.tokens.empty()) return std::nullopt;
        return sp;
    }

    /// Whether the phrase's head is a document, poll or study ("a new poll", "FEC records").
    bool document_head(g::speaker_phrase const& sp) const {
        if (sp.tokens.empty()) return false;
        auto const& t = sp.tokens.back();
        auto const w = g::lower_ascii(text_.substr(t.begin, t.end - t.begin));
        return g::is_source_noun(w) || (w.size() > 3 && w.ends_with('s') && g::is_source_noun(w.substr(0, w.size() - 1)));
    }

    /// A name with its titles, or a body's name with its link words ("the Office of Budget
    /// Review", "the Advisory Group on Roads"): capitalised words and links, a determiner only
    /// first, ending in a name.
    bool proper_name(g::speaker_phrase const& sp) const {
        for (std::size_t i = 0; i < sp.tokens.size(); ++i) {
            auto const& t = sp.tokens[i];
            bool capitalised = text_[t.begin] >= 'A' && text_[t.begin] <= 'Z';
            bool fits = t.part == g::np_part::link || (t.part == g::np_part::determiner && i == 0) ||
                        (capitalised && t.part != g::np_part::pronoun && t.part != g::np_part::determiner);
            if (!fits) return false;
        }
        // (a capitalised common head after a name is part of it: "Fiscal Studies", "Public Records")
        auto n = sp.tokens.size();
        return sp.tokens.back().part == g::np_part::name || (n >= 2 && sp.tokens[n - 2].part == g::np_part::name);
    }

    static bool all_names(g::speaker_phrase const& sp) {
        return std::all_of(sp.tokens.begin(), sp.tokens.end(), [](g::np_token const& t) {
            return t.part == g::np_part::name || t.part == g::np_part::title;
        });
    }

    /// Whether a preposition opening the sentence stands right before `pos`: a noun phrase there
    /// is its object, not a speaker ("In a message posted Friday, …"). (Inside a sentence an
    /// object may be part of a speaker the grammar did not read whole: "aides to Clinton say".)
    bool after_preposition(sentence_view const& sv, std::size_t pos) const {
        auto w = letters_before(sv, pos);
        if (w.end == pos || w.end <= sv.begin() || w.begin == w.end || w.begin != sv.over_blank(sv.begin())) return false;
        return g::is_preposition(lowered_first(w));
    }

    /// "About four in 10 said", "Around 40 percent told …": the word before a count is an
    /// approximation of it, no preposition.
    bool approximated_count(sentence_view const& sv, g::speaker_phrase const& sp) const {
        auto const& first = sp.tokens.front();
        if (first.part != g::np_part::group) return false; // (counts are read as groups: "four in 10")
        bool multiplier = false;
        auto word = sv.word_at(first.begin);
        bool count = std::isdigit(static_cast<unsigned char>(text_[first.begin])) ||
                     g::number_word_value(lowered_first({first.begin, first.begin + word.size()}), multiplier).has_value();
        if (!count) return false;
        auto w = lowered_first(letters_before(sv, sp.begin));
        return w == "about" || w == "around" || w == "roughly" || w == "over" || w == "under" || w == "nearly" || w == "almost";
    }

    /// The run of letters that ends right before `pos`, blanks between allowed (empty when none).
    text_span letters_before(sentence_view const& sv, std::size_t pos) const {
        std::size_t e = sv.back_over_blank(pos), b = e;
        while (b > sv.begin() && ((text_[b - 1] >= 'a' && text_[b - 1] <= 'z') || (text_[b - 1] >= 'A' && text_[b - 1] <= 'Z'))) --b;
        return {b, e};
    }

    /// "his", "her", "their", … (a word with its first letter in lower case)
    static bool possessive_pronoun(std::string_view w) {
        return w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my" || w == "your";
    }

    /// Where a quotation opens at `pos`, after "but" or "and" and adverbs if they stand there
    /// ("and also “…”"): its index, or -1.
    std::ptrdiff_t quote_after_conjunction(sentence_view const& sv, std::size_t pos) const {
        if (auto w = sv.word_at(pos); w == "but" || w == "and") {
            pos = sv.over_blank(pos + w.size());
            pos += g::skip_adverbs(bound_, pos);
        }
        return quote_opening_at(sv, pos);
    }

    /// "familiar with his thinking", "the council's warning", "Berg's views": a cue after a
    /// possessive, or in -ing or -s after "the", is a noun.
    bool gerund_noun(sentence_view const& sv, g::cue_match const& cue) const {
        auto const verb = text_.substr(cue.begin, cue.end - cue.begin);
        bool const noun_form = verb.ends_with("ing") || verb.ends_with("s");
        std::size_t const e = sv.back_over_blank(cue.begin);
        if (e == cue.begin) return false;
        std::string_view const before = text_.substr(sv.begin(), e - sv.begin());
        auto w = lowered_first(letters_before(sv, cue.begin));
        if (before.ends_with("'s") || before.ends_with("\xE2\x80\x99s") || before.ends_with("s'") || before.ends_with("s\xE2\x80\x99")) {
            if (!noun_form) return false; // ("Okafor's said": there "’s" is "has")
            // (not "She’s arguing", "It's opposing": there "’s" is "is")
            std::size_t const a = before.ends_with("s'") || before.ends_with("'s") ? 2 : 4;
            auto owner = lowered_first(letters_before(sv, e - a));
            return !(owner == "he" || owner == "she" || owner == "it" || owner == "that" || owner == "there" ||
                     owner == "who" || owner == "what" || owner == "here" || owner == "where");
        }
        // ("let her say": "her" before a bare verb is its object)
        if (w != "her" && possessive_pronoun(w)) return true;
        return (w == "her" || w == "the") && noun_form;
    }

    /// The word with its first letter in lower case ("In" -> "in", "While" -> "while").
    std::string lowered_first(text_span w) const {
        std::string out(text_.substr(w.begin, w.end - w.begin));
        if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
        return out;
    }

    /// Whether the comma at `p` separates words: not one inside a number ("2,400").
    bool separating_comma(std::size_t p) const {
        return text_[p] == ',' && !(p > 0 && p + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[p - 1])) &&
                                    std::isdigit(static_cast<unsigned char>(text_[p + 1])));
    }

    /// Whether the words between a subject (ending at `from`) and its cue make the cue passive:
    /// a form of "be" before a participle ("was told", "is quoted as", "has been called"), where
    /// the subject is spoken of, not speaking. "was saying" stays active.
    bool passive(sentence_view const& sv, std::size_t from, g::cue_match const& cue) const {
        return !text_.substr(cue.begin, cue.end - cue.begin).ends_with("ing") && copula_between(sv, from, cue.begin);
    }

    /// Whether a form of "be" (or another copula) stands among the words from `from` to `to`.
    bool copula_between(sentence_view const& sv, std::size_t from, std::size_t to) const {
        for (std::size_t p = sv.over_blank(from); p < to;) {
            auto w = sv.word_at(p);
            if (w.empty()) return false;
            if (g::is_copula(w)) return true;
            p = sv.over_blank(p + w.size());
        }
        return false;
    }

    /// "A councillor familiar with the plan said", "A new survey released on Monday shows", "A union
    /// representing ferry crews endorsed": the phrase that opens the sentence, then a
    /// modifier (a participle phrase, "familiar with", "close to") that runs to the cue without a
    /// comma, a quote or another cue, is the subject; the words inside the modifier are not.
    std::optional<g::speaker_phrase> postmodified_subject(sentence_view const& sv, g::cue_match const& cue) const {
        std::size_t const start = sv.over_blank(sv.begin());
        if (start >= cue.begin || sv.quote_at(start) >= 0) return std::nullopt;
        // (cheap look first: no stop before the cue, and a word that may open the modifier)
        bool candidate = false;
        for (std::size_t q = start; q < cue.begin; ++q) {
            char c = text_[q];
            // (a curly quotation mark stops it; a curly apostrophe does not: "Reyes’s thinking")
            bool curly_quote = static_cast<unsigned char>(c) == 0xE2 && !text_.substr(q).starts_with("\xE2\x80\x99");
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || curly_quote) return std::nullopt;
            if (c == ' ' && q >= 2 && ((text_[q - 2] == 'e' && text_[q - 1] == 'd') || (text_[q - 2] == 'n' && text_[q - 1] == 'g') ||
                                       (text_[q - 2] == 'a' && text_[q - 1] == 'r') || (text_[q - 2] == 's' && text_[q - 1] == 'e')))
                candidate = true; // "…ed", "…ing", "familiar", "close"
        }
        if (!candidate) return std::nullopt;
        auto sp = g::match_speaker(bound_, start);
        if (!sp || sp->end >= cue.begin || sp->tokens.front().part == g::np_part::pronoun) return std::nullopt;
        std::size_t const p = sv.over_blank(sp->end);
        if (p >= cue.begin) return std::nullopt;
        auto w = sv.word_at(p);
        if (w.empty()) return std::nullopt;
        // (a cue there is the verb, unless it is a participle that takes its object: "Letters
        // citing harbor staff have suggested …")
        if (auto inner = g::match_cue(bound_, p); inner && !(w.ends_with("ing") && (inner->stance || inner->topic))) return std::nullopt;
        std::size_t const after = sv.over_blank(p + w.size());
        auto next = sv.word_at(after);
        bool participle = (w.size() > 4 && w.ends_with("ing") && !g::is_preposition(w)) ||
                          // a passive participle before a preposition or a time ("released on Monday",
                          // "involved in"), not a past tense before its object ("learned the …")
                          (w.size() > 4 && w.ends_with("ed") && (g::is_preposition(next) || g::skip_time_phrase(bound_, after) > 0));
        bool adjective = (w == "familiar" && next == "with") || (w == "close" && next == "to");
        if (!participle && !adjective) return std::nullopt;
        // ("The mayor's voice cracked with emotion as she spoke of …": a pronoun before the cue is
        // its subject)
        std::size_t const before_cue = sv.back_over_blank(cue.begin);
        std::size_t w0 = before_cue;
        while (w0 > p && std::isalpha(static_cast<unsigned char>(text_[w0 - 1]))) --w0;
        if (g::pronoun_gender(text_.substr(w0, before_cue - w0)) != g::gender::unknown) return std::nullopt;
        std::size_t n = 0;
        for (std::size_t q = p; q < cue.begin; ++q) {
            if (text_[q] == ',' || text_[q] == ';' || text_[q] == ':' || text_[q] == '(' || sv.quote_at(q) >= 0) return std::nullopt;
            if (q > p && text_[q - 1] == ' ' && text_[q] != ' ') {
                if (++n > 12) return std::nullopt;
                if (auto inner = g::match_cue(bound_, q); inner && !gerund_noun(sv, *inner)) return std::nullopt;
            }
        }
        return sp;
    }

    /// The speaker of the cue at words[wi], tried in order of how sure each pattern is.
    std::optional<found_speaker> find_speaker(sentence_view const& sv, text::sentence const& s,
                                              std::vector<std::size_t> const& words, std::size_t wi, g::cue_match const& cue) {
        if (auto sp = postmodified_subject(sv, cue)) return found_speaker{*sp};
        // A noun phrase right before the cue (adverbs allowed between).
        std::size_t first_word = wi > 14 ? wi - 14 : 0;
        std::size_t object_end = 0; // a prepositional object ends here: nothing inside it speaks
        // (no phrase runs over a comma, a colon or a bracket: the starts before the last one
        // reach no cue after it — the grammar is not asked)
        std::size_t first_start = first_word;
        for (std::size_t q = cue.begin; first_start < wi && q-- > words[first_start];) {
            char const c = text_[q];
            if ((c == ',' && !thousands_comma(q)) || c == ';' || c == ':' || c == '(' || c == ')' || c == '!' || c == '?') {
                while (first_start < wi && words[first_start] <= q) ++first_start;
                break;
            }
        }
        for (std::size_t k = first_start; k < wi; ++k) {
            auto m = g::match_subject_cue(bound_, words[k]);
            // Inside a prepositional object only a name may speak ("In the statement Netanyahu
            // said": the grammar read "the statement Netanyahu" as one phrase).
            if (words[k] < object_end && m && !all_names(m->speaker)) continue;
            if (!m || m->cue.begin != cue.begin) continue;
            // ("last week rejected": a time phrase is no speaker; the subject stands before it)
            if (sv.over_blank(m->speaker.begin + g::skip_time_phrase(bound_, m->speaker.begin)) >= m->speaker.end) continue;
            // ("his latest remarks": after a possessive and plain words, the cue word is the noun)
            if (possessive_noun_cue(m->speaker, cue)) continue;
            if (!common_word_at_start(m->speaker, s)) {
                if (after_preposition(sv, m->speaker.begin) && !approximated_count(sv, m->speaker)) {
                    object_end = m->speaker.end; // "In a message posted Friday": not "message" either
                    continue;
                }
                if (passive(sv, m->speaker.end, cue)) return std::nullopt; // "she was called a “traitor”"
                // "The mayor texted volunteers saying: “…”", "Her team sent out a note
                // saying …": the noun phrase before a participle is the verb's object; the subject speaks.
                // (But "the video shows Berg saying …": a name before the participle is who speaks.)
                if (sv.word_at(cue.begin).ends_with("ing") && !all_names(m->speaker)) {
                    std::size_t b = sv.back_over_blank(m->speaker.begin);
                    if (b > sv.begin() && std::isalpha(static_cast<unsigned char>(text_[b - 1])))
                        if (auto subject = sentence_subject(sv, s, cue.begin); subject && subject->end <= m->speaker.begin) {
                            // not a sentence adverb or a label ("Worse, …", "CLARIFICATION: …")
                            std::size_t n = sv.over_blank(subject->end);
                            bool label = n < sv.end() && (text_[n] == ':' || (text_[n] == ',' && subject->tokens.size() == 1));
                            if (!label) return found_speaker{*subject, speaker_place::participle};
                        }
                }
                return found_speaker{m->speaker};
            }
        }
        // "The mayor on Monday said", "The council last week rejected": a time phrase stands between
        // the subject and the cue.
        if (std::size_t const end = before_time_phrase(sv, words, wi, cue.begin); end != cue.begin)
            for (std::size_t j = first_word; j < wi && words[j] < end; ++j)
                if (auto sp = g::match_speaker_ending_at(bound_, words[j], end);
                    sp && !common_word_at_start(*sp, s) && !after_preposition(sv, sp->begin) && !passive(sv, sp->end, cue))
                    return found_speaker{*sp};
        if (auto sp = subject_before_parenthetical(sv, s, words, wi, cue)) return found_speaker{*sp};
        if (auto sp = relative_subject(sv, s, words, wi, cue)) return found_speaker{*sp};
        if (cue.kind == g::cue_class::speech && !cue.stance && !sv.word_at(cue.begin).ends_with("ing")) {
            // “…,” said X   /   …, said X.   (Not "…, told X": X is the hearer; but “…?” asked X.
            // Not "…, repeating a familiar line": a participle's object is no speaker.)
            // The speaker closes the clause: "…, said the law helped …" is no inversion.
            std::size_t before = sv.back_over_blank(cue.begin);
            bool after_quote = quote_closing_before(sv, cue.begin) >= 0;
            bool after_quote_or_comma = before > sv.begin() &&
                                        (cue.takes_object ? cue.question && after_quote : after_quote || text_[before - 1] == ',');
            if (after_quote_or_comma)
                if (auto m = g::match_inverted_cue(bound_, cue.begin)) {
                    auto next = sv.word_at(sv.over_blank(m->speaker.end));
                    // "said one owner of a bakery who asked not to be named": a relative clause ends it too
                    bool relative = next == "who" || next == "whose" || next == "which" || next == "that";
                    if ((clause_done(sv, m->speaker.end) || relative) && next != "of")
                        return found_speaker{m->speaker, speaker_place::inverted};
                }
        }
        std::size_t before = sv.back_over_blank(cue.begin);
        if (before >= sv.begin() + 3 && text_.substr(before - 3, 3) == "and" && !out_.empty()) {
            // "X has warned that A and says B": the second cue shares the first one's subject.
            auto& prev = out_.back();
            if (prev.cue && prev.speaker && prev.cue->end <= before && prev.cue->begin >= s.begin &&
                prev.spans.back().end >= before) {
                std::size_t cut = sv.back_over_blank(before - 3);
                while (cut > prev.spans.back().begin && text_[cut - 1] == ',') --cut;
                prev.spans.back().end = cut;
                std::erase_if(prev.quoted, [&](text_span const& q) { return q.begin >= cut; });
                return found_speaker{*prev.speaker};
            }
        }
        {
            // "She brought it down, but said …": the subject of the sentence speaks.
            std::size_t b = sv.back_over_blank(before - g::skip_adverbs_backward(bound_, sv.begin(), before));
            std::size_t w = b;
            while (w > sv.begin() && text_[w - 1] >= 'a' && text_[w - 1] <= 'z') --w;
            auto conj = text_.substr(w, b - w);
            if ((conj == "and" || conj == "but") && w > sv.begin())
                if (auto sp = sentence_subject(sv, s, cue.begin)) return found_speaker{*sp};
        }
        auto prev_word = [&] {
            std::size_t e = before, b = before;
            while (b > sv.begin() && text_[b - 1] >= 'a' && text_[b - 1] <= 'z') --b;
            return text_.substr(b, e - b);
        }();
        bool leads_participle = prev_word == "upon" || prev_word == "after" || prev_word == "before" || prev_word == "by" ||
                                prev_word == "while" || prev_word == "when";
        if (cue.kind == g::cue_class::speech && sv.word_at(cue.begin).ends_with("ing") && before > sv.begin() &&
            (text_[before - 1] == ',' || comma_closes_quote_before(sv, cue.begin) || leads_participle))
            // "X did Y, saying (that) …" / ", adding: “…”": the subject of the sentence speaks.
            if (auto sp = sentence_subject(sv, s, cue.begin)) return found_speaker{*sp, speaker_place::participle};
        if (auto sp = quantity_subject(sv, cue)) return found_speaker{*sp};
        return std::nullopt;
    }

    /// The report when what was said comes before the cue: “…,” X said [, “…”] / CLAUSE, X said
    /// [, CLAUSE]. True when the cue was dealt with (a report made, or none to make).
    bool report_before_cue(attribution& a, sentence_view const& sv, text::sentence const& s, std::size_t subject_begin,
                           std::size_t after) {
        std::size_t before_subject = sv.back_over_blank(subject_begin);
        bool post = before_subject > sv.begin() && clause_done(sv, after);
        if (post && quote_closing_before(sv, subject_begin) < 0) {
            // "…, Berg said, “They have to be able to win.”": the quote after the cue
            // is what was said.
            std::size_t p = sv.over_blank(after);
            if (p < s.end && (text_[p] == ',' || text_[p] == ':') && quote_opening_at(sv, p + 1) >= 0) post = false;
        }
        if (!post) return false;
        auto qi = quote_closing_before(sv, subject_begin);
        // "… words like “maybe” and “perhaps”, he told reporters": the quote closes the
        // clause but does not open it, so the clause is what was said.
        // (But "X scolded him: “…,” she said": a quote opened by a colon is what was said.)
        if (qi >= 0 && layout_.quotes[static_cast<std::size_t>(qi)].open > sv.over_blank(s.begin) &&
            layout_.quotes[static_cast<std::size_t>(qi)].continues < 0) {
            std::size_t before_open = sv.back_over_blank(layout_.quotes[static_cast<std::size_t>(qi)].open);
            if (before_open <= sv.begin() || text_[before_open - 1] != ':') qi = -1;
        }
        if (qi >= 0 && used_[static_cast<std::size_t>(qi)]) {
            // "X praised Y: “…,” she said": the quote is reported already; the cue right after it
            // names its speaker (the same person, as a rule) more plainly.
            auto const& q = layout_.quotes[static_cast<std::size_t>(qi)];
            for (auto it = out_.rbegin(); it != out_.rend(); ++it)
                if (std::any_of(it->quoted.begin(), it->quoted.end(),
                                [&](text_span const& p) { return p.begin >= q.inner_begin && p.end <= q.inner_end; })) {
                    it->speaker = a.speaker;
                    it->cue = a.cue;
                    break;
                }
            return true;
        }
        if (qi >= 0) {
            // “…,” X said [, “…”]
            a.kind = quote_kind::direct;
            add_quote_parts(a, static_cast<std::size_t>(qi));
            std::size_t p = sv.over_blank(after);
            p = sv.over_blank(p + g::skip_time_phrase(bound_, p)); // "told reporters on Monday, “…”"
            // "said at a meeting in Astoria, Ore., “…”": a short phrase of where or when, up to the
            // comma before the quote that goes on (no quote or cue before it)
            for (std::size_t q = p, words = 0; q < sv.clause_end() && words <= 12 && p < s.end && text_[p] != ','; ++q) {
                if (sv.quote_at(q) >= 0 || (text_[q - 1] == ' ' && g::match_cue(bound_, q))) break;
                if (text_[q] == ' ') ++words;
                if (text_[q] == ',' && quote_opening_at(sv, sv.over_blank(q + 1)) >= 0) p = q;
            }
            if (p < s.end && text_[p] == ',') {
                // “…,” he said, “…”   /   “…,” he said, but “…”   /   “…,” he said, and also “…”
                auto q2 = quote_after_conjunction(sv, sv.over_blank(p + 1));
                if (q2 >= 0) add_quote_parts(a, static_cast<std::size_t>(q2));
            }
            keep(std::move(a));
            return true;
        }
        char c = text_[before_subject - 1];
        std::size_t clause_stop = before_subject - 1;
        if (c != ',' && c != ';') {
            // '… to "calm down," Berg said': the comma sits inside the closing quote.
            std::size_t p = before_subject;
            std::size_t mark_begin = p;
            while (mark_begin > s.begin && (static_cast<unsigned char>(text_[mark_begin - 1]) & 0xC0) == 0x80) --mark_begin;
            if (mark_begin > s.begin) --mark_begin;
            auto m = g::match_quote_mark(bound_, mark_begin);
            if (m && mark_begin + m->length == p && mark_begin > s.begin && text_[mark_begin - 1] == ',') {
                c = ',';
                clause_stop = p;
            }
        }
        if (c != ',' && c != ';') return false;
        // "Anna Berg said she felt A because “…,” she said": the reports of the cues before in this
        // sentence end where this one's subject begins.
        for (auto it = out_.rbegin(); it != out_.rend() && it->cue && it->cue->begin >= s.begin; ++it) {
            auto& prior = *it;
            if (prior.cue->end > before_subject || prior.spans.empty() || prior.spans.back().end + 4 < before_subject ||
                prior.spans.back().begin >= clause_stop)
                continue;
            prior.spans.back().end = std::min(prior.spans.back().end, clause_stop);
            std::erase_if(prior.quoted, [&](text_span const& q) { return q.begin >= clause_stop; });
            for (auto& q : prior.quoted) q.end = std::min(q.end, clause_stop);
        }
        // CLAUSE, X said.
        text_span content = trim(text_, {s.begin, clause_stop});
        // "In a letter to the council, Berg asked …": an opening prepositional phrase tells where or
        // when; it is no clause that was said (what was said comes after the cue).
        if (g::is_preposition(lowered_first({content.begin, content.begin + sv.word_at(content.begin).size()})) &&
            quote_closing_before(sv, subject_begin) < 0 && !g::looks_like_clause(text_, content.begin, content.end))
            return false;
        // "The charge against Berg is that, in May, she called for …": a "that" before a comma
        // awaits its clause; what stands before the cue is no report (its content comes after it).
        for (std::size_t p = content.begin; p + 5 <= content.end; ++p)
            if (text_.compare(p, 5, "that,") == 0 && (p == content.begin || text_[p - 1] == ' ') && sv.quote_at(p) < 0) return false;
        // "Although Reyes said it was costly, the council agreed": a subordinate clause before the
        // main one is no clause that was said.
        // ("Because the ferry carries more people, cutting it would hurt, Reyes said": a main clause follows
        // the subordinate one, and the whole was said.)
        if (g::is_subordinator(lowered_first({content.begin, content.begin + sv.word_at(content.begin).size()})) &&
            sv.quote_at(content.begin) < 0) {
            bool main_follows = false;
            for (std::size_t p = content.begin; p < content.end && !main_follows; ++p)
                main_follows = separating_comma(p) && sv.quote_at(p) < 0 &&
                               g::looks_like_clause(text_, sv.over_blank(p + 1), content.end);
            if (!main_follows) return false;
        }
        // "Trump, Sexton said, has created …": a one-word start counts when the clause goes on.
        std::size_t go_on = sv.over_blank(after);
        bool continues = go_on < s.end && text_[go_on] == ',' && count_words(text_, {go_on + 1, sv.clause_end()}, 2) >= 2 &&
                         !g::is_clause_opener(sv.word_at(sv.over_blank(go_on + 1)));
        if (count_words(text_, content, 2) < 2 && !(continues && count_words(text_, content) == 1)) return true;
        reported_clause(a, sv, content);
        // "The bigger risk, he said, is a clash …": the clause goes on after the cue.
        if (go_on < s.end && text_[go_on] == ',') {
            std::size_t q = sv.over_blank(go_on + 1);
            auto w = sv.word_at(q);
            // (", she said, referencing …": a participle tells what else she did.)
            // ("…, she added, banning the club would be …": a gerund subject of a clause goes on.)
            // ("…, the Ledger said, including fares": "including" goes on with the clause's list.)
            bool participle = w.size() >= 5 && w.ends_with("ing") && !gerund_clause(sv, q) && w != "including";
            // (“…,” said Anna Berg, a professor of law …, or …, said Berg, Tom Reyes: an appositive,
            // an indefinite noun phrase with no verb or a name up to the end, is no clause.)
            auto appositive = [&] {
                if ((w == "a" || w == "an") && !g::looks_like_clause(text_, q, sv.clause_end())) return true;
                auto sp = g::match_speaker(bound_, q);
                return sp && proper_name(*sp) && sv.over_blank(sp->end) >= sv.clause_end();
            };
            // ("It is up to the council, he said, to keep …": an infinitive goes on with the clause)
            // ("…, Okafor said, and also “kept her seat …”": quoted words after the conjunction go on)
            bool quote_after = (w == "and" || w == "but") && quote_after_conjunction(sv, q) >= 0;
            bool opener = g::is_clause_opener(w) && !(w == "to" && infinitive_at(sv, q)) && !quote_after;
            if (q < sv.clause_end() && !w.empty() && !opener && !participle && quote_opening_at(sv, q) < 0 &&
                !g::match_cue(bound_, q) && !appositive()) {
                attribution rest;
                reported_clause(rest, sv, trim(text_, {q, sv.clause_end()}));
                if (!rest.spans.empty() && count_words(text_, rest.spans.back(), 2) >= 2) {
                    a.spans.push_back(rest.spans.back());
                    a.quoted.insert(a.quoted.end(), rest.quoted.begin(), rest.quoted.end());
                    if (rest.kind != quote_kind::indirect) a.kind = quote_kind::mixed;
                }
            }
        }
        keep(std::move(a));
        return true;
    }

    /// “… it.” Trump said. — the attribution stands as a sentence of its own after the quote.
    bool report_of_previous_sentence(attribution& a, sentence_view const& sv, text::sentence const& s,
                                     std::size_t subject_begin, std::size_t after) {
        if (sv.back_over_blank(subject_begin) != s.begin || !clause_done(sv, after)) return false;
        auto qi = quote_ending_before(s);
        std::string_view rest = text_.substr(after, s.end - std::min(after, s.end));
        if (qi < 0 || used_[static_cast<std::size_t>(qi)] || rest.find(" that ") != std::string_view::npos) return false;
        a.kind = quote_kind::direct;
        add_quote_parts(a, static_cast<std::size_t>(qi));
        keep(std::move(a));
        return true;
    }

    /// The report when what was said follows the cue: X said (that) CLAUSE / X said: “…”.
    void report_after_cue(attribution& a, sentence_view const& sv, text::sentence const& s, g::cue_match const& cue,
                          std::size_t after) {
        std::size_t p = sv.over_blank(after);
        if (auto t = g::skip_time_phrase(bound_, p); t > 0 && sv.over_blank(p + t) < s.end && text_[sv.over_blank(p + t)] == ',')
            p = sv.over_blank(p + t); // "adding later, “…”"

        std::size_t colon = p;
        // "tweeted Monday:" — a few words up to a colon that opens a quote
        for (std::size_t k = 0; k < 6 && colon < s.end && text_[colon] != ':'; ++k) {
            auto w = sv.word_at(colon);
            if (w.empty() || g::match_cue(bound_, colon)) break; // "shows Clinton saying: “…”": that colon is the next cue's
            colon = sv.over_blank(colon + w.size());
        }
        if (colon < s.end && text_[colon] == ':' && quote_opening_at(sv, colon + 1) >= 0) p = colon;
        bool introduced = p < s.end && (text_[p] == ':' || text_[p] == ',');
        if (introduced) p = sv.over_blank(p + 1);
        if (auto qi = quote_opening_at(sv, p); qi >= 0) {
            auto const& q = layout_.quotes[static_cast<std::size_t>(qi)];
            std::size_t rest = sv.over_blank(q.close_end);
            // `says, “Don't do it,” until …`: a quote set off by a comma that ends on its own comma
            // is the whole report; the narration goes on after it.
            bool ends_on_comma = introduced && ends_on_own_comma(q);
            if (!q.closed || rest >= sv.clause_end() || text_[rest] == '.' || text_[rest] == ',' || ends_on_comma) {
                a.kind = quote_kind::direct;
                add_quote_parts(a, static_cast<std::size_t>(qi));
                keep(std::move(a));
                return;
            }
        }
        p = sv.over_blank(p + g::skip_time_phrase(bound_, p));
        // "spoke about the ferry", "talked of her plans", "pointed to the cost": only what it is about
        if (cue.about || (cue.to && sv.word_at(p) == "to")) {
            auto prep = sv.word_at(p);
            // ("spoke against a bronze backdrop" is where; "railed against the tax" is what)
            bool against = prep == "against" && text_.substr(cue.begin, 4) == "rail";
            bool fits = cue.about ? prep == "about" || prep == "of" || against : prep == "to";
            if (!fits) return;
            std::size_t from = sv.over_blank(p + prep.size());
            text_span object = trim(text_, {from, subordinate_clause_end(sv, a)});
            if (sv.quote_at(from) < 0 && count_words(text_, object, 1) >= 1) {
                object.end = reported_object_end(sv, object, cue.naming);
                reported_clause(a, sv, object);
                keep(std::move(a));
            }
            return;
        }
        // "see the toll as a burden", "viewed the fare rise as a mistake": the object and what it is taken as
        // (not "saw the ship there last spring")
        if (cue.as) {
            text_span object = trim(text_, {p, subordinate_clause_end(sv, a)});
            // (not "what she sees as her right": the object stands before; not "we see that …")
            if (auto first = sv.word_at(object.begin); first == "as" || first == "that") return;
            bool as_follows = false;
            for (std::size_t q = sv.over_blank(p); q < object.end && !as_follows;) {
                if (sv.quote_at(q) >= 0) break;
                auto w = sv.word_at(q);
                if (w.empty()) break; // (a comma or other stop first)
                as_follows = w == "as" && q > object.begin && sv.over_blank(q + 2) < object.end;
                q = sv.over_blank(q + w.size());
            }
            if (!as_follows) return;
            object.end = reported_object_end(sv, object, true);
            reported_clause(a, sv, object);
            keep(std::move(a));
            return;
        }
        // "said in a statement (on Monday) (,) that …": where it was said comes before what
        if (auto n = medium_phrase(sv, p); n > 0) {
            std::size_t q = sv.over_blank(p + n);
            q = sv.over_blank(q + g::skip_time_phrase(bound_, q));
            if (q < s.end && text_[q] == ',') q = sv.over_blank(q + 1);
            if (sv.word_at(q) == "that" || quote_opening_at(sv, q) >= 0) p = q;
        }
        // "wants to run for the Senate", "vowed to keep …": an intention in a to-infinitive is what
        // the verb reports.
        if (cue.infinitive && sv.word_at(p) == "to" && infinitive_at(sv, p)) {
            text_span content = trim(text_, {p, subordinate_clause_end(sv, a)});
            if (count_words(text_, content, 2) >= 2) {
                reported_clause(a, sv, content);
                keep(std::move(a));
            }
            return;
        }
        // "urged the council to close the road", "called on Berg to resign": a request, its
        // object and what they are asked to do.
        if (cue.directive) {
            // (after "asked" the hearer was read as such: the request starts with it)
            std::size_t from = cue.takes_object ? sv.over_blank(cue.end) : p;
            auto verb = text_.substr(cue.begin, cue.end - cue.begin);
            bool call = verb.starts_with("call");
            if (call && sv.word_at(from) == "on") from = sv.over_blank(from + 2);
            if (!call || from != p) {
                std::size_t const end = subordinate_clause_end(sv, a);
                for (std::size_t k = from + 1; k + 4 < end && k < from + 100; ++k) {
                    if (text_[k] == ',' || text_[k] == ';' || text_[k] == ':' || sv.quote_at(k) >= 0) break;
                    if (text_.compare(k, 4, " to ") != 0 || !infinitive_at(sv, k + 1)) continue;
                    text_span content = trim(text_, {from, end});
                    reported_clause(a, sv, content);
                    keep(std::move(a));
                    return;
                }
            }
        }
        bool has_that = false;
        if (sv.word_at(p) == "that") {
            p = sv.over_blank(p + 4);
            has_that = true;
        } else if (cue.question && is_question_word(sv.word_at(p))) {
            has_that = true; // "wondered why …"
        } else if (cue.takes_object || !cue.bare_clause) {
            // "repeated his oft-stated belief that …": a short noun phrase, then the clause;
            // "told one of his young followers on a regular basis that …": a hearer the speaker
            // grammar did not read, then the clause.
            std::size_t q = p;
            for (int k = 0; k < (cue.takes_object ? 12 : 5) && q < s.end && !has_that; ++k) {
                auto w = sv.word_at(q);
                if (w.empty()) break;
                // "cafÃ©s": a word of damaged text runs on to the next blank
                while (q + w.size() < sv.clause_end() && !is_space(text_[q + w.size()]) && text_[q + w.size()] != ',')
                    w = text_.substr(q, w.size() + 1);
                if (w == "that" && k > 0) {
                    p = sv.over_blank(q + 4);
                    has_that = true;
                } else if (cue.question && is_question_word(w)) {
                    p = q; // "asked him whether …": the question is what was said
                    has_that = true;
                }
                q = sv.over_blank(q + w.size());
            }
        }
        // "called for a ban on trucks", "warned of a recession", "talked about how …": what a
        // speech verb is about, after its preposition, is what was said (not after "said of",
        // "told of", "asked about": the words said, the hearer or a question come elsewhere; nor
        // before a count).
        if (!has_that && cue.kind == g::cue_class::speech && !cue.takes_object && !cue.question) {
            auto prep = sv.word_at(p);
            auto verb = text_.substr(cue.begin, cue.end - cue.begin);
            bool say = verb == "said" || verb == "says" || verb == "say" || verb == "saying";
            // ("for" only after a call or an argument: "wrote for The Guardian" names an employer)
            bool call = verb.starts_with("call") || verb.starts_with("argu") || verb.starts_with("urg") ||
                        verb.starts_with("plead") || verb.starts_with("appeal");
            if (!say && (prep == "about" || prep == "of" || (prep == "for" && call) || prep == "against")) {
                std::size_t from = sv.over_blank(p + prep.size());
                bool count = from < s.end && std::isdigit(static_cast<unsigned char>(text_[from])); // "argued for 20 minutes"
                text_span object = trim(text_, {from, subordinate_clause_end(sv, a)});
                if (!count && sv.quote_at(from) < 0 && count_words(text_, object, 2) >= 2) {
                    reported_clause(a, sv, object);
                    keep(std::move(a));
                    return;
                }
            }
        }
        // "said he believed the two sides were ...": the belief is the speaker's own.
        // (Not "said they wanted to sell it": an intention is part of what was said.)
        if (auto inner = g::match_subject_cue(bound_, p); inner && inner->cue.kind == g::cue_class::belief && inner->cue.bare_clause &&
            inner->speaker.tokens.size() == 1 && inner->speaker.tokens[0].part == g::np_part::pronoun) {
            p = sv.over_blank(inner->cue.end);
            if (sv.word_at(p) == "that") p = sv.over_blank(p + 4);
        }
        text_span content = trim(text_, {p, subordinate_clause_end(sv, a)});
        if (!has_that && !cue.bare_clause) content.end = std::min(content.end, as_quote_end(sv, content));
        auto verb_form = text_.substr(cue.begin, cue.end - cue.begin);
        // A stance or topic verb's object is what it reports when the verb is finite ("endorsed
        // Berg", not "to endorse Berg") or a participle after a comma (", citing a new poll"), and
        // the object is there ("the votes he blamed on Berg").
        std::size_t const before_cue = sv.back_over_blank(cue.begin);
        bool const participle = verb_form.ends_with("ing") && before_cue > sv.begin() && text_[before_cue - 1] == ',';
        bool object_report = (cue.stance || cue.topic) && !has_that &&
                             (verb_form.ends_with("ed") || verb_form.ends_with("s") || participle) &&
                      text_.substr(cue.end, content.begin - std::min(content.begin, cue.end)).find(',') == std::string_view::npos &&
                      !g::is_preposition(sv.word_at(content.begin)) && !adjective_participle(sv, a, cue) &&
                      object_at(sv, content.begin);
        if (count_words(text_, content, 2) < (object_report ? 1 : 2)) return;
        if (cue.kind == g::cue_class::belief && clause_done(sv, p)) return;
        if (object_report) content.end = reported_object_end(sv, content, cue.naming);
        // (", citing the river police", ", citing the Ledger": the object of a participle that takes
        // no side, when it is someone who could speak, names where a report comes from; "citing a
        // new poll", "citing the cost of the floods" report what the poll or the cost says)
        if (object_report && participle && !cue.stance)
            if (auto source = g::match_speaker_ending_at(bound_, content.begin, content.end)) {
                bool someone = std::any_of(source->tokens.begin(), source->tokens.end(), [&](g::np_token const& t) {
                    return t.part == g::np_part::name || t.part == g::np_part::group || t.part == g::np_part::title ||
                           t.part == g::np_part::pronoun ||
                           (t.part == g::np_part::role && !g::is_source_noun(text_.substr(t.begin, t.end - t.begin)));
                });
                if (someone) return;
            }
        reported_clause(a, sv, content);
        // Without "that", a verb that takes no bare clause reports only quoted words
        // ("blasted the EU's lack of “political will”"), not its plain object.
        if (!has_that && !cue.bare_clause && a.kind == quote_kind::indirect && !object_report) return;
        // A bare clause must read as one: "announced it had agreed", not "announced the album".
        // (A poll or study shows what it shows: "a new survey shows Berg ahead".)
        bool document_finding = cue.source_only && a.speaker && document_head(*a.speaker);
        if (document_finding && !has_that) {
            // "the video shows Berg saying: “…”": the words are hers, reported by the cue after
            for (std::size_t q = content.begin; q < content.end;) {
                auto w = sv.word_at(q);
                // (a participle cue: "shows Berg saying", not "shows most residents want a bridge")
                if (w.ends_with("ing") && g::match_cue(bound_, q)) return;
                q = sv.over_blank(q + std::max<std::size_t>(1, w.size()));
            }
        }
        // After "said" four words or more are a clause whatever its verb ("said every new bus line
        // education yields a bump"): "said" takes no long plain object.
        auto verb = text_.substr(cue.begin, cue.end - cue.begin);
        bool say = (verb == "said" || verb == "says" || verb == "say") && count_words(text_, content, 4) >= 4;
        if (!has_that && a.kind == quote_kind::indirect && !document_finding && !say && !object_report &&
            !g::looks_like_clause(text_, content.begin, content.end))
            return;
        keep(std::move(a));
    }

    /// Whether a noun phrase can start at `pos`: a word or a quote, not punctuation ("confirmed,
    /// saying") nor a verb ("winter blasts have struck": "blasts" was a noun).
    bool object_at(sentence_view const& sv, std::size_t pos) const {
        if (pos >= text_.size()) return false;
        if (sv.quote_at(pos) >= 0) return true;
        auto w = sv.word_at(pos);
        if (w.empty()) return false;
        static constexpr std::string_view verbs[] = {"have", "has", "had", "is", "are", "was", "were", "will", "would", "can",
                                                     "could", "should", "may", "might", "must", "do", "does", "did", "been"};
        return std::find(std::begin(verbs), std::end(verbs), w) == std::end(verbs);
    }

    /// "his early-morning tweets", "their recent remarks": a possessive pronoun and plain words
    /// (no name, role or group) before a cue that is also a plural noun of speech make a noun
    /// phrase whose head is the cue word ("her economic plan calls for" keeps its verb).
    bool possessive_noun_cue(g::speaker_phrase const& sp, g::cue_match const& cue) const {
        static constexpr std::string_view nouns[] = {"remarks", "comments", "tweets", "posts",  "claims",
                                                     "notes",   "reports",  "quotes", "answers", "replies"};
        auto verb = text_.substr(cue.begin, cue.end - cue.begin);
        if (sp.tokens.size() < 2 || std::find(std::begin(nouns), std::end(nouns), verb) == std::end(nouns)) return false;
        if (!possessive_pronoun(lowered_first({sp.tokens[0].begin, sp.tokens[0].end}))) return false;
        return std::all_of(sp.tokens.begin() + 1, sp.tokens.end(), [](g::np_token const& t) {
            return t.part == g::np_part::common || t.part == g::np_part::modifier;
        });
    }

    /// "279 confirmed cases", "the most discussed subject": the participle describes the noun
    /// after it; the number or "most" before it is no speaker.
    bool adjective_participle(sentence_view const& sv, attribution const& a, g::cue_match const& cue) const {
        if (!a.speaker || a.speaker->tokens.empty()) return false;
        auto const& last = a.speaker->tokens.back();
        auto w = text_.substr(last.begin, last.end - last.begin);
        bool number = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; });
        return (number || w == "most" || w == "least" || w == "more") && sv.back_over_blank(cue.begin) == a.speaker->end;
    }

    /// Where the object a verb reports ends ("criticized the plan, which …", "endorsed Berg
    /// in July"): before a relative or adverbial clause set off by a comma, a clause joined by
    /// "but", "though", "while" or "as", a colon or semicolon, or a time phrase that ends the
    /// sentence.
    std::size_t reported_object_end(sentence_view const& sv, text_span content, bool naming = false) const {
        // (", Reyes said": a subject and its cue after a comma report the whole sentence; the
        // object ends before them)
        auto speaker_follows = [&](std::size_t q) {
            auto m = g::match_subject_cue(bound_, sv.over_blank(q));
            return m && m->cue.kind == g::cue_class::speech && clause_done(sv, m->cue.end);
        };
        for (std::size_t p = content.begin; p < content.end;) {
            if (auto qi = sv.quote_at(p); qi >= 0) {
                auto const& q = layout_.quotes[static_cast<std::size_t>(qi)];
                if (q.closed && ends_on_own_comma(q) && speaker_follows(q.close_end)) return q.close_end;
                p = std::max(p + 1, q.close_end);
                continue;
            }
            auto w = sv.word_at(p);
            if (w.empty()) {
                if (text_[p] == ':' || text_[p] == ';') return sv.back_over_blank(p);
                if (text_[p] == ',' && speaker_follows(p + 1)) return sv.back_over_blank(p);
                if (text_[p] == ',') {
                    auto n = sv.word_at(sv.over_blank(p + 1));
                    bool relative = n == "which" || n == "who" || n == "whose" || n == "where";
                    bool adverbial = n == "though" || n == "although" || n == "while" || n == "but" || n == "as" ||
                                     n == "because" || n == "when";
                    // (a relative clause between commas, then the verb's preposition, goes on:
                    // "accused Berg, who …, of …")
                    bool closed = false;
                    for (std::size_t r = p + 1; relative && r < content.end; ++r)
                        if (text_[r] == ',' && g::is_preposition(sv.word_at(sv.over_blank(r + 1)))) closed = true;
                    if ((relative && !closed) || adverbial) return sv.back_over_blank(p);
                }
                ++p;
                continue;
            }
            bool such_as = w == "as" && sv.back_over_blank(p) >= 4 && text_.substr(sv.back_over_blank(p) - 4, 4) == "such";
            // ("dismissed the reports as “misinterpreted”", "described her as a former nurse": what
            // they were called goes with them)
            // (after a naming verb "as" gives the name: "referred to Berg as the captain")
            if (w == "as") {
                std::size_t q = sv.over_blank(p + 2);
                auto d = sv.word_at(q);
                if (naming || d == "a" || d == "an" || d == "the" || quote_opening_at(sv, q) >= 0) such_as = true;
            }
            if (p > content.begin && !such_as &&
                (w == "but" || w == "though" || w == "although" || w == "while" || w == "as" || w == "because") &&
                g::looks_like_clause(text_, sv.over_blank(p + w.size()), content.end))
                return sv.back_over_blank(p);
            if (p > content.begin) // "endorsed Berg in July" (the phrase must run to the end)
                if (auto t = g::skip_time_phrase(bound_, p); t > 0 && sv.over_blank(p + t) >= content.end)
                    return sv.back_over_blank(p);
            p += w.size();
        }
        return content.end;
    }

    /// Where the report of a speaker in an opening subordinate clause ends: "While Berg called
    /// for A, Reyes kept B" — at the first comma outside quotations; else the clause end.
    std::size_t subordinate_clause_end(sentence_view const& sv, attribution const& a) const {
        std::size_t const end = sv.clause_end();
        if (!a.speaker || !a.cue) return end;
        auto conj = letters_before(sv, a.speaker->begin);
        if (conj.begin == conj.end) return end;
        // At the sentence start, or after "and"/"but" or a comma ("… but while she said A, B").
        auto lead = letters_before(sv, conj.begin);
        auto before_word = text_.substr(lead.begin, lead.end - lead.begin);
        bool opens = conj.begin == sv.over_blank(sv.begin()) || (lead.end > sv.begin() && text_[lead.end - 1] == ',') ||
                     before_word == "and" || before_word == "but";
        // Or the sentence opens with one and no comma stands before the speaker ("Whereas Berg and
        // Reyes felt A, Okafor favored B").
        std::size_t const first = sv.over_blank(sv.begin());
        auto first_word = sv.word_at(first);
        bool sentence_opens = !first_word.empty() && first < a.speaker->begin && g::is_subordinator(lowered_first({first, first + first_word.size()})) &&
                              std::find(text_.begin() + static_cast<std::ptrdiff_t>(first),
                                        text_.begin() + static_cast<std::ptrdiff_t>(a.speaker->begin), ',') ==
                                  text_.begin() + static_cast<std::ptrdiff_t>(a.speaker->begin);
        if (sentence_opens) opens = true, conj = {first, first + first_word.size()};
        if (!opens || !g::is_subordinator(lowered_first(conj))) return end;
        for (std::size_t p = a.cue->end; p < end; ++p) {
            if (auto q = sv.quote_at(p); q >= 0) {
                auto const& quote = layout_.quotes[static_cast<std::size_t>(q)];
                // “…,” closing on its own comma ends the clause too
                std::size_t last = sv.back_over_blank(quote.inner_end);
                if (quote.closed && last > quote.inner_begin && text_[last - 1] == ',') return quote.close_end;
                p = quote.close_end - 1;
                continue;
            }
            if (separating_comma(p)) return p;
        }
        return end;
    }

    /// "Zelensky, at his address in Davos, blasted" / "Sen. John Cornyn (R-Texas) told":
    /// the subject opens the sentence and a parenthetical stands between it and the cue.
    std::optional<g::speaker_phrase> subject_before_parenthetical(sentence_view const& sv, text::sentence const& s,
                                                                  std::vector<std::size_t> const& words, std::size_t wi,
                                                                  g::cue_match const& cue) const {
        if (words.empty()) return std::nullopt;
        std::size_t before = sv.back_over_blank(cue.begin);
        // "Kasich (R-OH) has also said": auxiliaries and adverbs stand between
        before = sv.back_over_blank(before - g::skip_adverbs_backward(text_, sv.begin(), before));
        before = before_time_phrase(sv, words, wi, before); // "Rep. Anna Berg (D-Ore.) on Friday said"
        if (before <= sv.begin()) return std::nullopt;
        char c = text_[before - 1];
        // (only a parenthesis, a comma or a dash before the cue can close a parenthetical)
        if (c != ')' && c != ',' && !(before >= 3 && dash_at(before - 3))) return std::nullopt;
        // The subject must open the sentence (after an optional conjunction).
        std::size_t open = words[0];
        auto w0 = sv.word_at(open);
        if ((w0 == "But" || w0 == "And" || w0 == "Still" || w0 == "Meanwhile") && words.size() > 1) open = words[1];
        if (open >= cue.begin) return std::nullopt;
        // Or it follows a subordinating word: "… ago that Michael Bloomberg, who's thinking about
        // running, said …".
        std::vector<std::size_t> starts{open};
        for (std::size_t k = 1; k < wi; ++k) {
            auto prev = sv.word_at(words[k - 1]);
            bool after_comma = sv.back_over_blank(words[k]) > sv.begin() && text_[sv.back_over_blank(words[k]) - 1] == ',';
            if (words[k] > open && (prev == "that" || prev == "when" || prev == "after" || prev == "because" ||
                                    prev == "while" || prev == "since" || prev == "although" || prev == "though" ||
                                    prev == "and" || prev == "but" || prev == "if" || after_comma))
                starts.push_back(words[k]);
        }
        // (each start's phrase ends are read once: a subject may end at any comma tried below)
        std::vector<std::optional<std::vector<std::size_t>>> ends_from(starts.size());
        auto subject_ending_at = [&](std::size_t end) -> std::optional<g::speaker_phrase> {
            for (std::size_t i = 0; i < starts.size(); ++i) {
                auto const start = starts[i];
                if (start >= end) break;
                if (!ends_from[i]) ends_from[i] = g::speaker_phrase_ends(bound_, start);
                if (std::find(ends_from[i]->begin(), ends_from[i]->end(), end) == ends_from[i]->end()) continue;
                auto sp = g::match_speaker_ending_at(bound_, start, end);
                if (!sp || common_word_at_start(*sp, s)) continue;
                // "Hastily, Trump said": a sentence adverb, not a subject.
                if (sp->tokens.size() == 1 && text_.substr(sp->begin, sp->end - sp->begin).ends_with("ly")) continue;
                return sp;
            }
            return std::nullopt;
        };
        if (c == ')') {
            // "Kasich (R-OH) said" (not "the European Union (EU) was described by …")
            if (passive(sv, before, cue)) return std::nullopt;
            std::size_t p = before - 1;
            while (p > open && text_[p] != '(') --p;
            if (text_[p] != '(') return std::nullopt;
            std::size_t const end = sv.back_over_blank(p);
            if (auto sp = subject_ending_at(end)) return sp;
            // "Speaking at the convention Sen. Anna Berg (D-MA) said", "… the Office of Budget
            // Review (OBR) said": where no subject opens there, the longest proper name right
            // before the parenthesis is one.
            for (std::size_t k = wi > 12 ? wi - 12 : 0; k < wi && words[k] < end; ++k)
                if (auto sp = g::match_speaker_ending_at(bound_, words[k], end); sp && proper_name(*sp)) return sp;
            return std::nullopt;
        }
        bool dash_before = before >= 3 && dash_at(before - 3);
        if (c != ',' && !dash_before) return std::nullopt;
        // Back over the parenthetical to a comma (or dash) that ends the subject.
        std::size_t close = dash_before ? before - 3 : before - 1;
        for (std::size_t p = close; p-- > open;) {
            // (a parenthetical closed by a dash opens with one: "X —A, B— said")
            bool comma = text_[p] == ',' && !dash_before;
            bool dash = p + 3 <= close && dash_at(p);
            if (!comma && !dash) continue;
            std::size_t end = sv.back_over_blank(p);
            if (end > open && text_[end - 1] == ')') {
                std::size_t q = end - 1;
                while (q > open && text_[q] != '(') --q;
                end = sv.back_over_blank(q);
            }
            if (auto sp = subject_ending_at(end)) return sp;
        }
        return std::nullopt;
    }

    /// Where a time phrase that ends at `before` (a few words before the cue at words[wi]) begins,
    /// back over its blank ("Berg (D-Ore.) on Friday said", "who in May said"); else `before`.
    std::size_t before_time_phrase(sentence_view const& sv, std::vector<std::size_t> const& words, std::size_t wi,
                                   std::size_t before) const {
        for (std::size_t k = wi > 4 ? wi - 4 : 0; k < wi; ++k)
            if (auto t = g::skip_time_phrase(bound_, words[k]); t > 0 && sv.over_blank(words[k] + t) >= before)
                return sv.back_over_blank(words[k]);
        return before;
    }

    /// "…, said Beck, who said there were …": the speaker of "who" is the phrase before the comma.
    std::optional<g::speaker_phrase> relative_subject(sentence_view const& sv, text::sentence const&,
                                                      std::vector<std::size_t> const& words, std::size_t wi,
                                                      g::cue_match const& cue) const {
        std::size_t before = sv.back_over_blank(cue.begin);
        before = sv.back_over_blank(before - g::skip_adverbs_backward(text_, sv.begin(), before));
        before = before_time_phrase(sv, words, wi, before); // "…, who in May said …"
        std::size_t w = before;
        while (w > sv.begin() && text_[w - 1] >= 'a' && text_[w - 1] <= 'z') --w;
        auto relative = text_.substr(w, before - w);
        // "…, said Beck, who said …", "a tweet from Rikkie Wells who tweeted …" (not "that"/"which":
        // the noun before them is seldom the speaker).
        if (relative != "who") return std::nullopt;
        std::size_t end = sv.back_over_blank(w);
        if (end > sv.begin() && text_[end - 1] == ',') end = sv.back_over_blank(end - 1);
        for (std::size_t k = wi > 12 ? wi - 12 : 0; k < wi && words[k] < end; ++k)
            if (auto sp = g::match_speaker_ending_at(bound_, words[k], end)) return sp;
        return std::nullopt;
    }

    /// Who a participle cue (", saying …") belongs to: the speaker of the last report in this
    /// sentence, else the noun phrase that opens the sentence (after an opening adverbial).
    std::optional<g::speaker_phrase> sentence_subject(sentence_view const& sv, text::sentence const& s, std::size_t cue) const {
        auto subject_at = [&](std::size_t pos) -> std::optional<g::speaker_phrase> {
            auto sp = g::match_speaker(bound_, pos);
            if (!sp || sp->end >= cue || common_word_at_start(*sp, s)) return std::nullopt;
            return sp;
        };
        for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
            if (!it->cue || it->cue->begin < s.begin) break;
            if (it->cue->begin < cue && it->speaker) {
                // "Whereas Berg felt A, Okafor favored B, arguing …": a report in an opening
                // subordinate clause is not the main clause's; its subject follows the comma.
                std::size_t const first = sv.over_blank(sv.begin());
                auto first_word = sv.word_at(first);
                if (!first_word.empty() && g::is_subordinator(lowered_first({first, first + first_word.size()})))
                    for (std::size_t p = it->cue->end; p < cue; ++p)
                        if (separating_comma(p) && sv.quote_at(p) < 0) {
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
            if (text_[w] != 'h' && text_[w] != 's' && text_[w] != 't' && text_[w] != 'w') continue;
            if (w > sv.begin() && text_[w - 1] != ' ') continue;
            if (sv.quote_at(w) >= 0) continue;
            auto word = sv.word_at(w);
            if (word == "he" || word == "she" || word == "they" || word == "we")
                if (auto sp = g::match_speaker(bound_, w); sp && sp->end <= cue) return sp;
        }
        return std::nullopt;
    }

    /// The noun phrase `subject_at` accepts at the start of the sentence, else after its first
    /// comma before `limit` ("On Twitter, Jeb Bush …" / "In a statement Monday, the senator …").
    template <typename F>
    std::optional<g::speaker_phrase> opening_subject(sentence_view const& sv, std::size_t limit, F const& subject_at) const {
        if (auto sp = subject_at(sv.begin())) return sp;
        // "But the court reversed itself and said …": after an opening conjunction, a phrase that names
        // someone (not "But her reply …", "And two weeks on …", "And it seems …")
        std::size_t const first = sv.over_blank(sv.begin());
        if (auto w = sv.word_at(first); w == "But" || w == "And" || w == "Yet")
            if (auto sp = subject_at(sv.over_blank(first + w.size()));
                sp && sp->tokens.back().part != g::np_part::common && sp->tokens.back().part != g::np_part::possessive &&
                g::skip_time_phrase(bound_, sp->begin) == 0 && text_.substr(sp->begin, sp->end - sp->begin) != "it")
                return sp;
        for (std::size_t p = sv.begin(); p < limit; ++p)
            if (text_[p] == ',') return subject_at(sv.over_blank(p + 1));
        return std::nullopt;
    }

    /// A lone capitalised word opening the sentence that the article also writes in lower
    /// case ("Talks concluded ...") is not a speaker.
    bool common_word_at_start(g::speaker_phrase const& sp, text::sentence const& s) const {
        if (sp.tokens.size() != 1 || sp.tokens[0].part != g::np_part::name || sp.begin != s.begin) return false;
        std::string w(text_.substr(sp.begin, sp.end - sp.begin));
        if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
        if (g::skip_time_phrase(bound_, sp.begin) > 0) return true; // "Hours later, …", "Two days after …"
        // "Continuing, …", "Likewise, …": a participle or adverb, not a name.
        if (w.size() > 5 && (w.ends_with("ing") || w.ends_with("ly") || w.ends_with("wise"))) return true;
        w[0] = static_cast<char>(w[0] - 'A' + 'a');
        return writes_in_lower_case(w);
    }

    /// Whether the article writes `w` (lower-case letters and hyphens) as a word of its own: a
    /// run of such characters, not joined to a letter, digit or hyphen before it.
    bool writes_in_lower_case(std::string_view w) const {
        auto lower = [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; };
        if (w.empty() || !std::all_of(w.begin(), w.end(), lower)) return false;
        // Such a word is a whole run of lower-case letters and hyphens with no letter or digit
        // before it. A search of the text answers the first few questions; once the searches
        // have read the text sixteen times over, the article's runs are gathered once (a search
        // per sentence was quadratic in a long article).
        if (!lower_case_runs_ && lower_case_searched_ < 16 * text_.size()) {
            for (auto i = text_.find(w); i != std::string_view::npos; i = text_.find(w, i + 1)) {
                bool starts = i == 0 || !(std::isalnum(static_cast<unsigned char>(text_[i - 1])) || text_[i - 1] == '-');
                bool ends = i + w.size() == text_.size() || !lower(text_[i + w.size()]);
                if (starts && ends) {
                    lower_case_searched_ += i + w.size();
                    return true;
                }
            }
            lower_case_searched_ += text_.size();
            return false;
        }
        if (!lower_case_runs_) {
            lower_case_runs_.emplace();
            for (std::size_t i = 0; i < text_.size();) {
                if (!lower(text_[i])) {
                    ++i;
                    continue;
                }
                std::size_t e = i;
                while (e < text_.size() && lower(text_[e])) ++e;
                if (i == 0 || !std::isalnum(static_cast<unsigned char>(text_[i - 1]))) lower_case_runs_->insert(text_.substr(i, e - i));
                i = e;
            }
        }
        return lower_case_runs_->contains(w);
    }

    /// "according to X": X is the source of the clause before it (", according to X"), after it
    /// ("According to X, …") or around it ("A, according to X, B").
    void according_to(sentence_view const& sv, g::cue_match const& cue) {
        std::size_t const from = sv.over_blank(cue.end);
        auto sp = g::match_speaker(bound_, from);
        bool named = sp.has_value();
        if (!sp) sp = source_phrase(sv, from); // "according to city rules", "… to first counts of the ballots"
        if (!sp) return;
        attribution a;
        a.cue = cue;
        a.speaker = sp;
        // Where the source's own words end: its noun phrase, then what hangs on it up to a comma
        // ("a TV poll released Monday", "a letter from the head of the union").
        std::size_t after = sp->end;
        while (after < sv.clause_end() && text_[after] != ',' && sv.quote_at(after) < 0) ++after;
        std::size_t before = sv.back_over_blank(cue.begin);
        text_span content;
        if (before > sv.begin() && (text_[before - 1] == ',' || quote_closing_before(sv, cue.begin) >= 0)) {
            content = trim(text_, {sv.begin(), text_[before - 1] == ',' ? before - 1 : before});
            // "…, with 61 percent of anglers rating her highly, according to a survey", "…, which
            // reached 410, according to …": the source vouches for the last phrase hung on with a comma
            for (std::size_t p = content.end; p-- > content.begin + 1;) {
                if (text_[p] != ',' || sv.quote_at(p) >= 0) continue;
                std::size_t n = sv.over_blank(p + 1);
                auto w = sv.word_at(n);
                if (w == "with" || w == "which") content.begin = n;
                break;
            }
        } else if (before == sv.begin()) {
            std::size_t p = sv.over_blank(after);
            if (p < sv.end() && text_[p] == ',') ++p;
            content = trim(text_, {p, sv.clause_end()});
        } else if (named && sv.over_blank(after) >= sv.clause_end() && count_words(text_, {sv.begin(), before}, 3) >= 3) {
            // "Berg leads 46 to 39 according to a TV poll.": no comma, the source ends the sentence.
            content = trim(text_, {sv.begin(), before});
        } else {
            return;
        }
        if (before != sv.begin() && !g::looks_like_clause(text_, content.begin, content.end)) {
            // "About 9 p.m., according to a city timeline, the crowd left …": the sentence
            // goes on after the source; what was reported is all of it.
            std::size_t p = sv.over_blank(after);
            if (p < sv.clause_end() && text_[p] == ',' && count_words(text_, {p + 1, sv.clause_end()}, 3) >= 3) {
                reported_clause(a, sv, trim(text_, {p + 1, sv.clause_end()}));
                if (content.begin < content.end) a.spans.insert(a.spans.begin(), content);
                keep(std::move(a));
                return;
            }
        }
        if (count_words(text_, content, 2) < 2) return;
        reported_clause(a, sv, content);
        keep(std::move(a));
    }

    /// A source that is no speaker the grammar knows, after "according to": a determiner, then
    /// words up to the head before a preposition, participle or comma ("city rules", "an
    /// organizer", "first counts" of the ballots, "polling" by the union).
    std::optional<g::speaker_phrase> source_phrase(sentence_view const& sv, std::size_t pos) const {
        g::speaker_phrase sp;
        sp.begin = pos;
        for (int k = 0; k < 6 && pos < sv.clause_end(); ++k) {
            auto w = sv.word_at(pos);
            if (w.empty()) break;
            auto const lower = g::lower_ascii(w);
            // (a subject pronoun opens a relative clause: "documents he filed", "a report she wrote")
            bool stop = g::is_preposition(lower) ||
                        (k > 0 && (lower.ends_with("ed") || lower == "that" || lower == "which" || g::is_finite_verb(lower) ||
                                   lower == "he" || lower == "she" || lower == "they" || lower == "we" || lower == "i" ||
                                   lower == "you" || lower == "it"));
            if (stop) break;
            bool det = k == 0 && (lower == "a" || lower == "an" || lower == "the" || lower == "his" || lower == "her" ||
                                  lower == "their" || lower == "its");
            sp.tokens.push_back({det ? g::np_part::determiner : g::np_part::common, pos, pos + w.size()});
            sp.end = pos + w.size();
            pos = sv.over_blank(pos + w.size());
            if (pos < sv.end() && text_[pos] == ',') break;
        }
        if (sp.tokens.empty() || sp.tokens.back().part == g::np_part::determiner) return std::nullopt;
        return sp;
    }

    /// Indirect speech, or mixed when quoted words stand inside the clause.
    void reported_clause(attribution& a, sentence_view const& sv, text_span content) {
        // A trailing participle clause tells how it was said, not what: ", without elaborating",
        // ", speaking in English to journalists".
        for (std::size_t p = content.end; p-- > content.begin + 1;) {
            if (text_[p] != ',' || sv.quote_at(p) >= 0) continue;
            std::size_t wp = sv.over_blank(p + 1);
            auto w = sv.word_at(wp);
            if ((w.size() > 4 && w.ends_with("ing")) || w == "without") {
                // ", saying …" is a report of its own; ", speaking in English" tells how.
                if (g::is_clause_opener(w) || g::match_cue(bound_, wp)) content.end = sv.back_over_blank(p);
            }
            break;
        }
        // "… things “should be wrapped up by June,” referring to the convention": quoted words
        // that close on their own comma, then a participle or "while", end the report; what
        // follows is the writer's, telling what the speaker did or meant.
        for (auto qi = sv.next_quote(content.begin); qi >= 0 && layout_.quotes[static_cast<std::size_t>(qi)].open < content.end;
             qi = sv.next_quote(layout_.quotes[static_cast<std::size_t>(qi)].close_end)) {
            auto const& q = layout_.quotes[static_cast<std::size_t>(qi)];
            if (q.close_end >= content.end) break;
            if (q.closed && ends_on_own_comma(q)) {
                auto w = sv.word_at(sv.over_blank(q.close_end));
                if ((w.size() > 4 && w.ends_with("ing")) || w == "while") {
                    content.end = q.close_end;
                    break;
                }
            }
        }
        // "he was “encouraged” by the plan — a modest boost …": a dash outside quotes ends the
        // reported clause (what follows is the writer's aside).
        for (std::size_t p = content.begin + 1; p + 2 < content.end; ++p) {
            bool dash = text_[p] == ' ' && (text_.compare(p + 1, 3, "\xE2\x80\x94") == 0 || text_.compare(p + 1, 3, "\xE2\x80\x93") == 0 ||
                                            (text_[p + 1] == '-' && text_[p + 2] == ' '));
            if (dash && sv.quote_at(p) < 0 && count_words(text_, {content.begin, p}, 3) >= 3) {
                content.end = sv.back_over_blank(p);
                break;
            }
        }
        // "said the ferry would stay, but the council voted to close it": a clause after ", but"
        // is the writer's contrast (a second thing said is "but that …"; quoted words stay).
        // (Not in a clause before its cue: "The bakery still opens, but its costs have doubled, said
        // Ferro" reports both.)
        bool const before_cue = a.cue && content.end <= a.cue->begin;
        for (std::size_t p = content.begin + 1; p < content.end && !before_cue; ++p) {
            if (text_[p] != ',' || sv.quote_at(p) >= 0) continue;
            std::size_t q = sv.over_blank(p + 1);
            auto w = sv.word_at(q);
            auto const next = sv.next_quote(q); // (a quotation between q and the end)
            bool const quoted_after = q < content.end && next >= 0 && layout_.quotes[static_cast<std::size_t>(next)].open < content.end;
            auto after_but = w == "but" ? sv.word_at(sv.over_blank(q + 3)) : std::string_view{};
            bool reported_too = after_but == "that" || after_but == "rather" || after_but == "also" || after_but == "not";
            if (w == "but" && count_words(text_, {content.begin, p}, 3) >= 3 && !quoted_after && !reported_too &&
                g::looks_like_clause(text_, sv.over_blank(q + 3), content.end)) {
                content.end = sv.back_over_blank(p);
                break;
            }
        }
        // "… more schools are needed in a statement on Thursday": where it was said ends the report
        // (within its last eight words; the first such phrase from the left).
        {
            std::size_t from = content.end, words = 0;
            while (from > content.begin + 1 && words < 8)
                if (text_[--from] == ' ' && text_[from + 1] != ' ') ++words;
            for (std::size_t p = std::max(from, content.begin + 1); p + 4 < content.end; ++p) {
                if (text_[p] != ' ' || sv.quote_at(p) >= 0) continue;
                if (medium_phrase(sv, p + 1) > 0 && count_words(text_, {p + 1, content.end}, 9) <= 8 &&
                    count_words(text_, {content.begin, p}, 2) >= 2) {
                    content.end = sv.back_over_blank(p + 1);
                    break;
                }
            }
        }
        a.spans = {content};
        a.kind = quote_kind::indirect;
        // The top-level quotes that open inside the clause (top_ is in text order: a binary search,
        // not a walk over every quote of the article, which would be quadratic in long texts).
        auto first_inside = std::lower_bound(top_.begin(), top_.end(), content.begin,
                                             [&](std::size_t i, std::size_t pos) { return layout_.quotes[i].open < pos; });
        for (auto it = first_inside; it != top_.end() && layout_.quotes[*it].open < content.end; ++it) {
            auto i = *it;
            auto const& q = layout_.quotes[i];
            if (q.open >= content.begin && q.inner_begin < content.end) {
                auto span = trim(text_, {q.inner_begin, std::min(q.inner_end, content.end)});
                used_[i] = true;
                // “A Long Way Home”, “Shark Tank”: a quoted title is no quoted speech, unless the
                // cue gives a name ("called it “Shark Tank”").
                if (looks_like_title(span) && !(a.cue && a.cue->naming)) continue;
                if (span.begin < span.end) a.quoted.push_back(span);
                a.kind = quote_kind::mixed;
            }
        }
        // A clause that is one whole quotation is a direct quote.
        if (a.quoted.size() == 1 && count_words(text_, a.quoted[0]) == count_words(text_, content) &&
            sv.quote_at(content.begin) >= 0) {
            a.kind = quote_kind::direct;
            a.spans = a.quoted;
        }
    }

    /// Bytes of a phrase at `pos` that tells where something was said ("in a statement", "in an
    /// interview", "during a speech", "on his blog post"), or 0.
    std::size_t medium_phrase(sentence_view const& sv, std::size_t pos) const {
        if (pos + 3 > text_.size() || (text_.compare(pos, 3, "in ") != 0 && text_.compare(pos, 3, "on ") != 0 &&
                                       text_.compare(pos, 3, "dur") != 0))
            return 0;
        auto prep = sv.word_at(pos);
        if (prep != "in" && prep != "on" && prep != "during") return 0;
        std::size_t w1 = sv.over_blank(pos + prep.size());
        auto det = sv.word_at(w1);
        if (det != "a" && det != "an" && det != "his" && det != "her" && det != "their" && det != "its" && det != "the") return 0;
        std::size_t w2 = sv.over_blank(w1 + det.size());
        auto noun = sv.word_at(w2);
        if (!g::is_source_noun(noun) && noun != "interview" && noun != "speech") return 0;
        return w2 + noun.size() - pos;
    }

    /// Keeps a report that has content: a quote of nothing but commas or blanks has none.
    void keep(attribution&& a) {
        std::erase_if(a.spans, [](text_span const& s) { return s.begin >= s.end; });
        if (!a.spans.empty()) out_.push_back(std::move(a));
    }

    /// Every word capitalised but the small ones, no stop inside, at most eight words: a title
    /// or a name ("A Long Way Home", "Shark Tank").
    bool looks_like_title(text_span span) const {
        std::string_view body = text_.substr(span.begin, span.end - span.begin);
        if (body.empty() || body.find_first_of(".?!,;:") != std::string_view::npos) return false;
        std::size_t words = 0;
        for (std::size_t p = span.begin; p < span.end;) {
            while (p < span.end && text_[p] == ' ') ++p;
            if (p >= span.end) break;
            auto w = std::string_view(text_).substr(p, std::min(span.end, text_.find(' ', p)) - p);
            ++words;
            int n = 0;
            bool upper = g::is_upper_char(g::decode_utf8_at(text_, p, n)) || (w[0] >= '0' && w[0] <= '9');
            bool small = w == "a" || w == "an" || w == "the" || w == "of" || w == "in" || w == "on" || w == "and" ||
                         w == "to" || w == "for" || w == "with" || w == "at" || w == "by" || w == "from" || w == "or";
            if (!upper && (!small || words == 1)) return false;
            p += w.size();
        }
        return words >= 1 && words <= 8;
    }

    /// Quotations no cue reached: a paragraph of quoted speech continues the last speaker;
    /// titles and scare quotes (short, inside a sentence) are not speech.
    void standalone_quotes() {
        std::sort(out_.begin(), out_.end(), [](auto const& a, auto const& b) { return a.spans.front().begin < b.spans.front().begin; });
        std::size_t const cue_found = out_.size();
        std::size_t next_cue_found = 0;
        for (auto i : top_) {
            if (used_[i]) continue;
            auto const& q = layout_.quotes[i];
            if (q.continues >= 0) continue; // part of an earlier quote
            auto inner = trim(text_, {q.inner_begin, q.inner_end});
            std::size_t words = count_words(text_, inner, 8); // (compared with numbers up to 8 below)
            auto const& para = layout_.paragraphs[q.paragraph];
            bool opens_sentence = q.open == para.begin || sentence_starts_at(q.open);
            std::string_view body = text_.substr(inner.begin, inner.end - inner.begin);
            bool has_stop = body.find_first_of(".?!") != std::string_view::npos || (!body.empty() && body.back() == ',');
            bound_ = text_.substr(0, para.end);
            if (auto signed_by = dash_signature(q); signed_by && words >= 2) {
                // “…” ― Jane Doe: the quote signed with its speaker's name.
                attribution a;
                a.kind = quote_kind::direct;
                a.paragraph = q.paragraph;
                a.speaker = signed_by;
                add_quote_parts(a, i);
                keep(std::move(a));
                continue;
            }
            // "Okafor gave a short warning to the council: “…”": a colon hands the quote to the
            // subject of its sentence.
            auto colon_subject = words >= 3 && has_stop ? colon_introducer(q) : std::nullopt;
            if (!colon_subject && !opens_sentence && subject_verb_quote(q)) continue;
            // The speaker of the quotation just before, when it is in this or the last paragraph.
            // The report just before: the last cue-found one (out_ is sorted up to cue_found)
            // or the last quote paragraph added here, whichever is later.
            while (next_cue_found < cue_found && out_[next_cue_found].spans.front().begin < q.open) ++next_cue_found;
            attribution* last = next_cue_found > 0 ? &out_[next_cue_found - 1] : nullptr;
            // "“…,” she said, stressing why …. “…”": the participle's report hangs on the quote
            // before it; the quote after goes on from that one.
            // (So too a question put to the speaker: "“…,” she said when asked whether …. “…”")
            if (last && last->kind == quote_kind::indirect && next_cue_found >= 2) {
                auto& before = out_[next_cue_found - 2];
                bool same = last->speaker && before.speaker && before.speaker->begin == last->speaker->begin;
                bool question = last->cue && last->cue->question;
                if (before.kind == quote_kind::direct && before.paragraph == last->paragraph && before.speaker && (same || question))
                    last = &before;
            }
            if (out_.size() > cue_found && out_.back().spans.front().begin < q.open &&
                (!last || out_.back().spans.front().begin > last->spans.front().begin))
                last = &out_.back();
            bool ends_quoted = last && !last->quoted.empty() && last->quoted.back().end + 4 >= last->spans.back().end;
            // “…,” he said. “…” — the quote goes on after its attribution, however short the
            // sentence of it (“It is gone.”): one quotation.
            bool goes_on = !colon_subject && last && last->paragraph == q.paragraph && last->speaker && opens_sentence &&
                           words >= 1 && has_stop &&
                           (last->kind == quote_kind::direct || (last->kind == quote_kind::mixed && ends_quoted));
            if (!colon_subject && !goes_on && (words < 4 || !opens_sentence || (words < 8 && !has_stop))) continue;
            attribution a;
            a.kind = quote_kind::direct;
            a.paragraph = q.paragraph;
            add_quote_parts(a, i);
            if (a.spans.empty()) continue;
            if (colon_subject) {
                a.speaker = colon_subject;
                keep(std::move(a));
                continue;
            }
            if (goes_on || (last && last->paragraph == q.paragraph && last->speaker &&
                            (last->kind == quote_kind::direct || (last->kind == quote_kind::mixed && ends_quoted)))) {
                // “…,” he said. “…” — the quote goes on after its attribution: one quotation.
                for (auto const& part : a.spans) {
                    last->spans.push_back(part);
                    last->quoted.push_back(part);
                }
                continue;
            }
            if (last && last->paragraph + 1 >= q.paragraph && last->speaker && last->kind != quote_kind::indirect) {
                a.speaker = last->speaker;
                a.speaker_carried = true;
            }
            keep(std::move(a));
        }
    }

    /// A mixed quotation in the predicate of its sentence's subject, with no speech cue: the
    /// subject's own words inside what it did ("He has coined a new phrase, “…”", "she vowed to
    /// “fight on”"). Keeps it and returns true when the sentence reads SUBJECT [adverbs, auxiliaries]
    /// VERB … “…” with an active finite verb (no copula: "he was called a “traitor”" is someone
    /// else's word) and nothing but words between the verb and the quote.
    bool subject_verb_quote(text::quote_span const& q) {
        auto it = std::upper_bound(layout_.sentences.begin(), layout_.sentences.end(), q.open,
                                   [](std::size_t pos, text::sentence const& s) { return pos < s.begin; });
        if (it == layout_.sentences.begin()) return false;
        auto const& s = *std::prev(it);
        if (q.open < s.begin || q.open >= s.end) return false;
        bound_ = text_.substr(0, s.end);
        sentence_view sv(text_, s, layout_.quotes, top_in(s));
        auto person = [&](std::size_t pos) -> std::optional<g::speaker_phrase> {
            auto sp = g::match_speaker(bound_, pos);
            if (!sp || sp->end >= q.open || common_word_at_start(*sp, s)) return std::nullopt;
            auto last = sp->tokens.back().part;
            if (last != g::np_part::pronoun && last != g::np_part::name && last != g::np_part::title && last != g::np_part::role)
                return std::nullopt;
            if (last == g::np_part::pronoun) {
                auto gd = g::pronoun_gender(text_.substr(sp->begin, sp->end - sp->begin));
                if (gd != g::gender::male && gd != g::gender::female && gd != g::gender::plural && gd != g::gender::neuter) return std::nullopt;
            }
            return sp;
        };
        auto sp = opening_subject(sv, q.open, person);
        if (!sp) return false;
        std::size_t verb = sv.over_blank(sp->end);
        std::size_t after_adverbs = verb + g::skip_adverbs(bound_, verb);
        if (copula_between(sv, verb, after_adverbs)) return false; // auxiliaries read as adverbs: no copula among them
        verb = after_adverbs;
        auto w = sv.word_at(verb);
        if (w.size() < 3 || w[0] < 'a' || w[0] > 'z' || g::is_copula(w) || g::is_function_word(w)) return false;
        bool finite = w.ends_with("ed") || (w.ends_with("s") && !w.ends_with("ss")) || g::is_finite_verb(w);
        if (!finite) return false;
        std::size_t content_begin = sv.over_blank(verb + w.size());
        if (content_begin > q.open || count_words(text_, {content_begin, q.open}, 13) > 12) return false;
        // Nothing but words between the verb and the quote, or a comma that sets the quote off as
        // what was named ("coined a new phrase, “…”", "described him as, “…”").
        std::size_t before_quote = sv.back_over_blank(q.open);
        for (std::size_t p = content_begin; p < q.open; ++p)
            if ((text_[p] == ',' && p + 1 != before_quote) || text_[p] == ';' || text_[p] == ':' || text_[p] == '(') return false;
        attribution a;
        a.speaker = sp;
        a.paragraph = s.paragraph;
        // To the end of the clause, or to the first comma after the quote ("… “public option”, which
        // would …": the writer's aside).
        std::size_t content_end = std::max(sv.clause_end(), q.close_end);
        for (std::size_t p = q.close_end; p < content_end; ++p)
            if ((text_[p] == ',' || text_[p] == ';') && sv.quote_at(p) < 0) {
                content_end = p;
                break;
            }
        reported_clause(a, sv, trim(text_, {content_begin, content_end}));
        if (a.quoted.empty()) return false;
        keep(std::move(a));
        return true;
    }

    /// The name that signs quote `q` after a dash ("“…” ― Jane Doe", "“…” — Jane Doe, a nurse"), the
    /// way epigraphs and collected reactions are printed: a dash right after the quote, then a
    /// named speaker that ends the line or is followed only by a comma and more about them.
    std::optional<g::speaker_phrase> dash_signature(text::quote_span const& q) const {
        auto const& para = layout_.paragraphs[q.paragraph];
        std::string_view const in_para = text_.substr(0, para.end);
        std::size_t p = q.close_end;
        auto blank = [&] { // spaces and no-break spaces, not the line break that ends a signature
            while (p < para.end && (text_[p] == ' ' || text_.compare(p, 2, "\xC2\xA0") == 0)) p += text_[p] == ' ' ? 1 : 2;
        };
        blank();
        bool dash = false;
        for (std::string_view d : {"\xE2\x80\x95", "\xE2\x80\x94", "\xE2\x80\x93"}) // ― — –
            if (text_.compare(p, d.size(), d) == 0) {
                p += d.size();
                dash = true;
                break;
            }
        if (!dash) return std::nullopt;
        blank();
        auto sp = g::match_speaker(in_para, p);
        if (!sp || sp->tokens.back().part != g::np_part::name) return std::nullopt;
        p = sp->end;
        if (p < para.end && text_[p] == '.') ++p;
        blank();
        if (p < para.end && text_[p] != '\n' && text_[p] != '\r' && text_[p] != ',') return std::nullopt;
        return sp;
    }

    /// The subject of the sentence whose colon introduces quote `q`, if the sentence opens with one.
    std::optional<g::speaker_phrase> colon_introducer(text::quote_span const& q) const {
        std::size_t p = q.open;
        while (p > 0 && text_[p - 1] == ' ') --p;
        // "He said:" as a paragraph of its own, the quote opening the next one.
        bool own_paragraph = q.paragraph > 0 && p == layout_.paragraphs[q.paragraph].begin;
        if (own_paragraph) {
            p = layout_.paragraphs[q.paragraph - 1].end;
            while (p > 0 && is_space(text_[p - 1])) --p;
        }
        if (p == 0 || text_[p - 1] != ':') return std::nullopt;
        auto it = std::upper_bound(layout_.sentences.begin(), layout_.sentences.end(), p - 1,
                                   [](std::size_t pos, text::sentence const& s) { return pos < s.begin; });
        if (it == layout_.sentences.begin()) return std::nullopt;
        auto const& s = *std::prev(it);
        if (s.begin >= p || s.paragraph != q.paragraph - (own_paragraph ? 1 : 0)) return std::nullopt;
        std::size_t start = s.begin;
        // past leading dashes and bullets
        while (start < p && (text_[start] == '-' || text_[start] == ' ' || text_[start] == '*' ||
                             text_.substr(start, 3) == "\xE2\x80\x94" || text_.substr(start, 3) == "\xE2\x80\x93"))
            start += text_[start] == '-' || text_[start] == ' ' || text_[start] == '*' ? 1 : 3;
        auto subject_at = [&](std::size_t pos) -> std::optional<g::speaker_phrase> {
            auto sp = g::match_speaker(bound_, pos);
            if (!sp || sp->end >= p || common_word_at_start(*sp, s)) return std::nullopt;
            if (sp->tokens.size() == 1 && sp->tokens[0].part == g::np_part::common) return std::nullopt;
            return sp;
        };
        if (auto sp = subject_at(start)) return sp;
        // "Asked which county was his favorite, he demurred: “…”": the subject after an opening clause.
        for (std::size_t c = start; c < p; ++c)
            if (text_[c] == ',') {
                std::size_t next = c + 1;
                while (next < p && text_[next] == ' ') ++next;
                return subject_at(next);
            }
        return std::nullopt;
    }

    bool sentence_starts_at(std::size_t pos) const {
        auto it = std::lower_bound(layout_.sentences.begin(), layout_.sentences.end(), pos,
                                   [](text::sentence const& s, std::size_t p) { return s.begin < p; });
        return it != layout_.sentences.end() && it->begin == pos;
    }

    /// Calls f(a, b) for every ordered pair of reports whose extents (speaker, cue and content)
    /// overlap: the reports of one sentence, without comparing all pairs of an article.
    template <typename F> void for_each_overlapping_pair(F&& f) {
        auto extent = [](attribution const& a) {
            std::size_t lo = a.spans.front().begin, hi = a.spans.back().end;
            if (a.cue) lo = std::min(lo, a.cue->begin), hi = std::max(hi, a.cue->end);
            if (a.speaker && !a.speaker_carried) lo = std::min(lo, a.speaker->begin), hi = std::max(hi, a.speaker->end);
            return std::pair{lo, hi};
        };
        std::vector<std::pair<std::size_t, std::size_t>> ext;
        std::vector<std::size_t> order(out_.size());
        for (std::size_t i = 0; i < out_.size(); ++i) {
            ext.push_back(extent(out_[i]));
            order[i] = i;
        }
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return ext[x].first < ext[y].first; });
        for (std::size_t k = 0; k < order.size(); ++k)
            for (std::size_t m = k + 1; m < order.size() && ext[order[m]].first < ext[order[k]].second; ++m) {
                f(out_[order[k]], out_[order[m]], order[k], order[m]);
                f(out_[order[m]], out_[order[k]], order[m], order[k]);
            }
    }

    /// "Cruz said he'd make sand glow, and Trump vowed to …": a report ends where a coordinated
    /// clause with a speaker and cue of its own begins.
    void cut_at_coordinated_reports() {
        for_each_overlapping_pair([&](attribution& a, attribution const& b, std::size_t, std::size_t) {
            if (!a.cue || a.kind == quote_kind::direct) return;
            auto& last = a.spans.back();
            {
                if (!b.cue || !b.speaker || b.speaker_carried) return;
                // Where b starts inside a: its speaker, or its cue when the subject is elided
                // ("she respects X but argues that …").
                std::size_t sb = b.speaker->begin > last.begin && b.speaker->begin < last.end ? b.speaker->begin : b.cue->begin;
                if (sb <= last.begin || sb >= last.end || a.cue->begin > sb) return;
                sb -= g::skip_adverbs_backward(text_, last.begin, sb);
                std::size_t p = sb;
                while (p > last.begin && text_[p - 1] == ' ') --p;
                std::string_view head = text_.substr(last.begin, p - last.begin);
                // "… because “most people don't know,” she said": the quote closing on its comma
                // ends the first report.
                for (std::string_view close : {",\xE2\x80\x9D", ",\""})
                    if (head.ends_with(close) && quote_closes_at(last.begin + head.size()) && head.size() > close.size()) {
                        last.end = last.begin + head.size();
                        return;
                    }
                for (std::string_view conj : {" and", " but", ", while", ";", ","}) {
                    if (!head.ends_with(conj)) continue;
                    std::size_t cut = last.begin + head.size() - conj.size();
                    while (cut > last.begin && (text_[cut - 1] == ',' || text_[cut - 1] == ' ')) --cut;
                    if (cut > last.begin) {
                        last.end = cut;
                        std::erase_if(a.quoted, [&](text_span const& q) { return q.begin >= cut; });
                        if (a.quoted.empty() && a.kind == quote_kind::mixed) a.kind = quote_kind::indirect;
                        // "congratulated Pelosi, saying “…”": what is left is the object, no report.
                        if (a.quoted.empty() && count_words(text_, last, 2) < 2) last.end = last.begin;
                    }
                    break;
                }
            }
        });
        std::erase_if(out_, [](attribution const& a) {
            return std::all_of(a.spans.begin(), a.spans.end(), [](text_span const& s) { return s.begin >= s.end; });
        });
    }

    /// An indirect report whose cue lies inside another report's content is part of it.
    void drop_nested() {
        std::vector<bool> nested(out_.size(), false);
        for_each_overlapping_pair([&](attribution const& a, attribution const& b, std::size_t i, std::size_t) {
            if (!a.cue || a.kind == quote_kind::direct) return;
            {
                if (b.kind == quote_kind::direct || !b.cue) return;
                // a's cue sits inside b's report, or between b's cue and its content
                // ("said he believed ...": the belief is part of what was said).
                std::size_t from = std::min(b.spans.front().begin, b.cue->end);
                if (!(from <= a.cue->begin && a.cue->end <= b.spans.back().end && a.spans.back().end <= b.spans.back().end))
                    return;
                // Each inside the other ("Talks concluded after …, the Kremlin said"): the report
                // whose content comes before its cue is the one the sentence makes.
                bool b_in_a = std::min(a.spans.front().begin, a.cue->end) <= b.cue->begin && b.cue->end <= a.spans.back().end;
                if (b_in_a && a.spans.front().begin < a.cue->begin && b.spans.front().begin > b.cue->begin) return;
                nested[i] = true;
            }
        });
        std::vector<attribution> kept;
        for (std::size_t i = 0; i < out_.size(); ++i)
            if (!nested[i]) kept.push_back(std::move(out_[i]));
        out_ = std::move(kept);
    }

    std::string_view text_;
    std::string_view bound_; ///< text_ up to the end of the sentence or paragraph being read
    text::article_layout const& layout_;
    std::vector<std::size_t> top_;
    std::vector<std::ptrdiff_t> next_part_;
    std::vector<bool> used_;
    std::vector<attribution> out_;
    mutable std::optional<std::unordered_set<std::string_view>> lower_case_runs_; ///< see writes_in_lower_case
    mutable std::size_t lower_case_searched_ = 0; ///< bytes read by its searches so far
};

} // namespace

std::vector<attribution> attribute(document const& doc, text::article_layout const& layout) {
    return attributor(doc, layout).run();
}

} // namespace verbatim::attribute
