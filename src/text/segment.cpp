#include "text/segment.hpp"
#include "text/scan.hpp"

#include <algorithm>
#include <optional>
#include <fmt/format.h>

#include "language.hpp"

namespace verbatim::text {
namespace g = verbatim::grammars;

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

/// Start of the code point that ends just before `pos`.
std::size_t prev_cp(std::string_view t, std::size_t pos) {
    if (pos == 0) return 0;
    std::size_t p = pos - 1;
    while (p > 0 && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
    return p;
}

char32_t cp_at(std::string_view t, std::size_t pos) {
    int n = 0;
    return g::decode_utf8_at(t, pos, n);
}

bool is_letter_or_digit_before(std::string_view t, std::size_t pos) {
    return pos > 0 && g::is_word_char(cp_at(t, prev_cp(t, pos)));
}

bool is_letter_or_digit_at(std::string_view t, std::size_t pos) { return pos < t.size() && g::is_word_char(cp_at(t, pos)); }

bool is_digit_at(std::string_view t, std::size_t pos) { return pos < t.size() && t[pos] >= '0' && t[pos] <= '9'; }

/// Space, start of text or an opening bracket/dash before `pos`: where an opening mark stands.
bool opens_here(std::string_view t, std::size_t pos) {
    if (pos == 0) return true;
    char c = t[pos - 1];
    if (is_space_byte(c) || c == '(' || c == '[' || c == '{' || c == '/' || c == '-') return true;
    auto p = prev_cp(t, pos);
    auto cp = cp_at(t, p);
    return cp == 0x2014 || cp == 0x2013 || cp == 0xA0 || cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x201E;
}

} // namespace

std::size_t line_of(std::string_view text, std::size_t pos, std::size_t first_line) {
    pos = std::min(pos, text.size());
    return first_line + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

std::vector<text_span> split_paragraphs(std::string_view text, std::size_t from) {
    // Lines first; decide from their lengths whether the text is hard-wrapped.
    std::vector<text_span> lines;
    std::size_t pos = std::min(from, text.size());
    while (pos <= text.size()) {
        auto nl = text.find('\n', pos);
        std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        lines.push_back({pos, end});
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    auto trimmed = [&](text_span s) {
        while (s.begin < s.end && is_space_byte(text[s.begin])) ++s.begin;
        while (s.end > s.begin && is_space_byte(text[s.end - 1])) --s.end;
        if (s.end > s.begin && text.substr(s.end - std::min<std::size_t>(2, s.end - s.begin), 2) == "\xC2\xA0") s.end -= 2;
        return s;
    };
    // Hard-wrapped text (Reuters, OCR): most lines near one width, most of them ending mid-sentence.
    // One paragraph a line (most web news): lines end with a stop or a quote mark.
    std::vector<std::size_t> lengths;
    std::size_t blank_lines = 0, stopped = 0;
    for (auto l : lines) {
        auto t = trimmed(l);
        if (t.begin == t.end) {
            ++blank_lines;
            continue;
        }
        lengths.push_back(t.end - t.begin);
        char last = text[t.end - 1];
        if (last == '.' || last == '?' || last == '!' || last == '"' || last == ':' ||
            static_cast<unsigned char>(last) >= 0x80) // ” ’ …
            ++stopped;
    }
    bool wrapped = false;
    if (lengths.size() >= 6 && blank_lines >= 1 && stopped * 2 < lengths.size()) {
        auto sorted = lengths; // (only the 90th percentile is needed)
        auto const nth = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() * 9 / 10);
        std::nth_element(sorted.begin(), nth, sorted.end());
        std::size_t width = *nth;
        std::size_t near_width = static_cast<std::size_t>(
            std::count_if(lengths.begin(), lengths.end(), [&](std::size_t n) { return n * 10 >= width * 6; }));
        wrapped = width <= 100 && near_width * 10 >= lengths.size() * 6;
    }
    std::vector<text_span> paras;
    text_span cur{0, 0};
    bool open = false;
    for (auto l : lines) {
        auto t = trimmed(l);
        if (t.begin == t.end) {
            if (open) paras.push_back(cur);
            open = false;
            continue;
        }
        // In wrapped text an indented line also starts a paragraph.
        bool indented = l.begin < t.begin && text[l.begin] == ' ';
        if (wrapped && open && !indented) {
            cur.end = t.end;
            continue;
        }
        if (open) paras.push_back(cur);
        cur = t;
        open = true;
    }
    if (open) paras.push_back(cur);
    return paras;
}

namespace {

/// Pairs the quotation marks of an article, paragraph by paragraph (find_quote_spans).
class quote_pairer {
public:
    quote_pairer(std::string_view text, std::span<text_span const> paragraphs, std::vector<diagnostic>* notes,
                 std::string_view origin, std::size_t first_line, bool lines_in_file)
        : text_(text), paragraphs_(paragraphs), notes_(notes), origin_(origin), first_line_(first_line), lines_in_file_(lines_in_file) {}

    std::vector<quote_span> run() {
        for (std::size_t pi = 0; pi < paragraphs_.size(); ++pi) pair_paragraph(pi);
        return std::move(out_);
    }

private:
    struct opener {
        std::size_t index; // into out_
        g::mark_family family;
        g::mark_role role;
    };

    /// Whether the mark at `pos` is the glyph that opened `q` (a paragraph reopening a quote repeats it).
    bool same_mark(quote_span const& q, std::size_t pos, std::size_t length) const {
        return q.inner_begin - q.open == length && text_.compare(q.open, length, text_.substr(pos, length)) == 0;
    }
    /// The innermost open quote of mark family `f` (index into stack_), or -1.
    std::ptrdiff_t top_of(g::mark_family f) const {
        for (std::size_t i = stack_.size(); i-- > 0;)
            if (stack_[i].family == f) return static_cast<std::ptrdiff_t>(i);
        return -1;
    }

    /// What the mark `m` at `pos` (ending at `after`) does here: opens or closes a quote, or
    /// nothing (an apostrophe: Kyiv’s, don’t, ’90s, the players’ union).
    std::optional<g::mark_role> role_here(g::quote_mark const& m, text_span para, std::size_t pos, std::size_t after) const {
        auto role = m.role;
        if (role == g::mark_role::close_or_apostrophe) {
            bool inside_word = is_letter_or_digit_before(text_, pos) && is_letter_or_digit_at(text_, after);
            bool elision = !is_letter_or_digit_before(text_, pos) && is_digit_at(text_, after); // ’90s
            if (inside_word || elision || top_of(g::mark_family::single_quote) < 0) return std::nullopt; // an apostrophe
            // ‘the players’ union deal’: a plural possessive (s’ before a word) while a later ’
            // in the paragraph can still close the quote.
            if (pos > para.begin && text_[pos - 1] == 's' && after + 1 < para.end && text_[after] == ' ' &&
                is_letter_or_digit_at(text_, after + 1)) {
                for (std::size_t k = after; k + 3 <= std::min(para.end, after + 400); ++k)
                    if (text_.compare(k, 3, "\xE2\x80\x99") == 0 && !(is_letter_or_digit_before(text_, k) && is_letter_or_digit_at(text_, k + 3)))
                        return std::nullopt;
            }
            return g::mark_role::close;
        }
        if (role == g::mark_role::either) {
            // An opening mark comes before a word: `' " he said` closes whatever space stands before it.
            bool can_open = opens_here(text_, pos) && after < para.end && !is_space_byte(text_[after]);
            bool has_open = top_of(m.family) >= 0;
            return (has_open && !can_open) || (has_open && after >= para.end) ? g::mark_role::close
                 : can_open ? g::mark_role::open
                 : has_open ? g::mark_role::close : g::mark_role::open;
        }
        if (role == g::mark_role::open && m.family == g::mark_family::double_quote && !stack_.empty() &&
            stack_.back().role == g::mark_role::open_low)
            return g::mark_role::close; // „…“
        if (role == g::mark_role::close && top_of(m.family) < 0 && opens_here(text_, pos) && after < para.end && !is_space_byte(text_[after]))
            return g::mark_role::open; // ”We are tired …”: a closing mark typed where a quote opens
        return role;
    }

    void open_quote(g::quote_mark const& m, g::mark_role role, text_span para, std::size_t pi, std::size_t pos, std::size_t after,
                    bool first_mark, std::ptrdiff_t carried) {
        quote_span q;
        q.open = static_cast<std::uint32_t>(pos);
        q.inner_begin = static_cast<std::uint32_t>(after);
        q.inner_end = static_cast<std::uint32_t>(para.end);
        q.close_end = static_cast<std::uint32_t>(para.end);
        q.paragraph = static_cast<std::uint32_t>(pi);
        q.depth = static_cast<std::uint16_t>(std::min<std::size_t>(stack_.size(), 65535));
        if (first_mark && carried >= 0 && stack_.empty() && out_[static_cast<std::size_t>(carried)].depth == 0) {
            // The paragraph reopens the quote the last one left open, with the same mark:
            // a straight "block quote" left open is not carried on by a curly “…” of the writer's own.
            if (para.begin == pos && same_mark(out_[static_cast<std::size_t>(carried)], pos, m.length))
                q.continues = static_cast<std::int32_t>(carried);
        }
        stack_.push_back({out_.size(), m.family, role});
        out_.push_back(q);
    }

    void close_quote(g::mark_family family, std::size_t pos, std::size_t after) {
        auto at = top_of(family);
        if (at < 0) return;
        auto& q = out_[stack_[static_cast<std::size_t>(at)].index];
        q.inner_end = static_cast<std::uint32_t>(pos);
        q.close_end = static_cast<std::uint32_t>(after);
        q.closed = true;
        // Marks opened inside and never closed end here too.
        for (std::size_t i = static_cast<std::size_t>(at) + 1; i < stack_.size(); ++i) {
            auto& inner = out_[stack_[i].index];
            inner.inner_end = inner.close_end = static_cast<std::uint32_t>(pos);
        }
        stack_.resize(static_cast<std::size_t>(at));
    }

    void pair_paragraph(std::size_t pi) {
        auto const para = paragraphs_[pi];
        stack_.clear();
        bool first_mark = true;
        std::ptrdiff_t carried = last_top_unclosed_;
        last_top_unclosed_ = -1;
        for (std::size_t pos = para.begin; pos < para.end;) {
            pos = find_any_of4(text_, pos, para.end, g::quote_mark_first_bytes);
            if (pos >= para.end) break;
            auto m = g::match_quote_mark(text_, pos);
            if (!m) {
                ++pos;
                continue;
            }
            std::size_t const after = pos + m->length;
            // ''I said, 'It is late,''' he recalled: of three apostrophes closing a double quote
            // the first closes the single quote inside (an apostrophe is no mark of its own), the
            // last two the double one
            if (m->length == 2 && text_[pos] == '\'' && after < para.end && text_[after] == '\'' && top_of(g::mark_family::double_quote) >= 0) {
                ++pos;
                continue;
            }
            auto role = role_here(*m, para, pos, after);
            if (!role) {
                pos = after;
                continue;
            }
            if (*role == g::mark_role::open || *role == g::mark_role::open_low) open_quote(*m, *role, para, pi, pos, after, first_mark, carried);
            else close_quote(m->family, pos, after);
            first_mark = false;
            pos = after;
        }
        // Quotes left open end with their paragraph.
        for (auto const& o : stack_)
            if (out_[o.index].depth == 0) last_top_unclosed_ = static_cast<std::ptrdiff_t>(o.index);
        if (!stack_.empty() && notes_) report_unclosed(pi);
    }

    /// A warning for a quote left open at the end of paragraph `pi` that the next paragraph does
    /// not reopen (the first three of an article).
    void report_unclosed(std::size_t pi) {
        bool reopened = false;
        if (pi + 1 < paragraphs_.size()) {
            auto const& q = out_[stack_.front().index];
            auto nm = g::match_quote_mark(text_, paragraphs_[pi + 1].begin);
            reopened = nm && nm->role != g::mark_role::close && same_mark(q, paragraphs_[pi + 1].begin, nm->length);
        }
        if (reopened || unclosed_reported_ >= 3) return;
        ++unclosed_reported_;
        auto const& q = out_[stack_.front().index];
        notes_->push_back({std::string(origin_), lines_in_file_ ? line_of(text_, q.open, first_line_) : first_line_, severity::warning,
                           fmt::format("quotation mark never closed (paragraph {}); the quote ends with its paragraph", pi + 1)});
    }

    std::string_view text_;
    std::span<text_span const> paragraphs_;
    std::vector<diagnostic>* notes_;
    std::string_view origin_;
    std::size_t first_line_;
    bool lines_in_file_;
    std::vector<quote_span> out_;
    std::vector<opener> stack_;
    std::size_t unclosed_reported_ = 0;
    std::ptrdiff_t last_top_unclosed_ = -1; // top-level quote of the previous paragraph left open
};

} // namespace

std::vector<quote_span> find_quote_spans(std::string_view text, std::span<text_span const> paragraphs,
                                         std::vector<diagnostic>* notes, std::string_view origin, std::size_t first_line,
                                         bool lines_in_file) {
    return quote_pairer(text, paragraphs, notes, origin, first_line, lines_in_file).run();
}

std::vector<sentence> split_sentences(std::string_view text, std::span<text_span const> paragraphs,
                                      std::span<quote_span const> quotes) {
    std::vector<sentence> out;
    std::vector<quote_span const*> top; // quotations not inside another: no break inside them
    for (auto const& q : quotes)
        if (q.depth == 0) top.push_back(&q);
    std::size_t ti = 0;
    for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
        auto const para = paragraphs[pi];
        std::size_t start = para.begin;
        std::size_t pos = para.begin;
        while (pos < para.end) {
            while (ti < top.size() && top[ti]->close_end <= pos) ++ti;
            if (ti < top.size() && top[ti]->open < pos) {
                auto const& q = *top[ti];
                pos = q.close_end;
                // A quotation that ends its own sentence ("… I may do it." Trump said that …)
                // closes the sentence when a capital follows.
                std::size_t last = q.inner_end;
                while (last > q.inner_begin && text[last - 1] == ' ') --last;
                std::size_t const blank = pos < para.end ? g::skip_blank(text, pos) : 0;
                if (q.closed && last > q.inner_begin && (text[last - 1] == '.' || text[last - 1] == '?' || text[last - 1] == '!') &&
                    blank > 0) {
                    std::size_t next = std::min(para.end, pos + blank);
                    int n = 0;
                    // (or a quotation opening on a capital: “… were “furious.” “The ferry stays …”)
                    std::size_t letter = next;
                    if (auto m = next < para.end ? g::match_quote_mark(text, next) : std::nullopt) letter = next + m->length;
                    if (letter < para.end && g::is_upper_char(g::decode_utf8_at(text, letter, n))) {
                        out.push_back({start, pos, pi});
                        start = next;
                        pos = next;
                    }
                }
                continue;
            }
            // The next stop before the next quotation opens (or the paragraph ends).
            std::size_t const stretch_end = ti < top.size() ? std::min<std::size_t>(para.end, top[ti]->open + 1) : para.end;
            pos = find_stop(text, pos, stretch_end);
            if (pos >= stretch_end) continue;
            char c = text[pos];
            std::size_t end = pos + 1;
            while (end < para.end && (text[end] == '.' || text[end] == '?' || text[end] == '!' || text[end] == ')')) ++end;
            // (the blank after a stop may hold no-break spaces: ". \u00A0Next")
            std::size_t const blank = end < para.end ? g::skip_blank(text, end) : 0;
            if (blank == 0) {
                pos = end;
                continue;
            }
            std::size_t next = std::min(para.end, end + blank);
            if (next >= para.end) break;
            int n = 0;
            char32_t nc = g::decode_utf8_at(text, next, n);
            bool starts_sentence = g::is_upper_char(nc) || (nc >= '0' && nc <= '9') || g::match_quote_mark(text, next);
            if (c == '.' && starts_sentence) {
                // An abbreviation or an initial does not end a sentence.
                std::size_t w = pos;
                while (w > para.begin && text[w - 1] != ' ' && text[w - 1] != '(') --w;
                auto word = text.substr(w, pos + 1 - w);
                if (g::is_abbreviation(word) || (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z'))
                    starts_sentence = false;
            }
            if (!starts_sentence) {
                pos = end;
                continue;
            }
            out.push_back({start, end, pi});
            start = next;
            pos = next;
        }
        if (start < para.end) out.push_back({start, para.end, pi});
    }
    return out;
}

article_layout lay_out(document const& doc, std::vector<diagnostic>* notes) {
    article_layout a;
    a.paragraphs = split_paragraphs(doc.text, doc.body_begin);
    // A dateline opening the article ("MOSCOW, JAN 23:") belongs to no sentence.
    // It may follow a headline line or two.
    for (std::size_t i = 0; i < std::min<std::size_t>(3, a.paragraphs.size()); ++i) {
        auto& para = a.paragraphs[i];
        std::size_t n = g::match_dateline(doc.text, para.begin);
        if (n > 0 && para.begin + n < para.end) {
            para.begin += n;
            break;
        }
    }
    // In a JSONL record the text's line breaks are escapes on one file line.
    bool lines_in_file = !doc.origin.ends_with(".jsonl") && doc.origin != "-";
    a.quotes = find_quote_spans(doc.text, a.paragraphs, notes, doc.origin, doc.line == 0 ? 1 : doc.line, lines_in_file);
    a.sentences = split_sentences(doc.text, a.paragraphs, a.quotes);
    if (a.paragraphs.size() >= 2 && !a.sentences.empty()) {
        auto const& first = a.sentences.front();
        auto const& para = a.paragraphs.front();
        a.headline = first.paragraph == 0 && first.begin == para.begin && first.end == para.end &&
                     count_words(doc.text, {para.begin, para.end}, 21) <= 20;
    }
    return a;
}

std::vector<text_window> windows_of(article_layout const& layout, std::size_t text_size, std::size_t max_bytes) {
    std::vector<text_window> out;
    auto const& ss = layout.sentences;
    text_window w;
    for (std::size_t si = 1; si < ss.size(); ++si) {
        std::size_t const held = ss[si].begin - w.begin;
        bool const opens_paragraph = ss[si].paragraph != ss[si - 1].paragraph;
        if (held >= max_bytes && (opens_paragraph || held >= max_bytes + max_bytes / 4)) {
            w.last_sentence = si;
            w.end = ss[si].begin;
            out.push_back(w);
            w = text_window{si, si, ss[si].begin, ss[si].begin};
        }
    }
    w.last_sentence = ss.size();
    w.end = text_size;
    out.push_back(w);
    return out;
}

std::size_t count_words(std::string_view t, text_span s, std::size_t limit) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::size_t n = 0;
    bool in = false;
    for (std::size_t i = s.begin; i < s.end && n < limit; ++i) {
        bool w = !blank(t[i]);
        if (w && !in) ++n;
        in = w;
    }
    return n;
}

bool headline_in_title_case(std::string_view text, article_layout const& layout) {
    if (!layout.headline) return false;
    auto const& para = layout.paragraphs[0];
    std::string_view t = text.substr(para.begin, para.end - para.begin);
    if (t.size() > 300) return false;
    std::size_t words = 0;
    for (std::size_t i = 0; i < t.size();) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < t.size() && t[j] != ' ' && t[j] != '\t') ++j;
        if (j == i) break;
        ++words;
        if (j - i >= 4 && t[i] >= 'a' && t[i] <= 'z') return false;
        i = j;
    }
    return words >= 3;
}

} // namespace verbatim::text
