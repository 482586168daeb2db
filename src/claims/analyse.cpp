// claims/analyse.cpp — a statement's normalised form: key terms, negation scope, certainty,
// quantities, times and stance. The words come from grammars/ (language.hpp); this file holds
// only the walk over the statement's tokens.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <tuple>
#include <unordered_set>

#include <fmt/format.h>

#include "language.hpp"
#include "verbatim/claims.hpp"

namespace verbatim {
namespace {

namespace g = grammars;

enum class tok_kind { word, number, currency, percent, punct, dash };

struct token {
    tok_kind kind;
    std::string raw;
    std::string lower;
    bool capitalised = false;
    bool sentence_start = false;
    bool negated_verb = false; ///< a word ending in n't (isn't, won't)
    double value = 0;          ///< numbers
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Splits a statement into words, numbers, currency signs, `%` and clause punctuation.
/// `sentence_start`: whether the text opens a sentence (no word stands before it).
std::vector<token> tokenize(std::string_view text, bool sentence_start = true) {
    std::vector<token> out;
    std::size_t i = 0;
    while (i < text.size()) {
        int len = 1;
        char32_t c = g::decode_utf8_at(text, i, len);
        if (c == U'$' || c == U'€' || c == U'£') {
            out.push_back({tok_kind::currency, std::string(text.substr(i, static_cast<std::size_t>(len))), {}});
            out.back().lower = out.back().raw;
            i += static_cast<std::size_t>(len);
            continue;
        }
        if (c == U'%') {
            out.push_back({tok_kind::percent, "%", "%"});
            ++i;
            continue;
        }
        if (c < 128 && is_digit(static_cast<char>(c))) {
            std::size_t j = i;
            std::string digits;
            while (j < text.size() && (is_digit(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < text.size() && is_digit(text[j + 1])))) {
                if (text[j] != ',') digits += text[j];
                ++j;
            }
            token t{tok_kind::number, std::string(text.substr(i, j - i)), {}};
            t.lower = t.raw;
            t.value = std::strtod(digits.c_str(), nullptr);
            out.push_back(std::move(t));
            // "20bn", "5m", "3km": a unit glued to the number.
            i = j;
            sentence_start = false;
            continue;
        }
        if (g::is_word_char(c)) {
            std::size_t j = i;
            while (j < text.size()) {
                int l = 1;
                char32_t d = g::decode_utf8_at(text, j, l);
                if (g::is_word_char(d)) { j += static_cast<std::size_t>(l); continue; }
                // An apostrophe inside a word (don't, Kyiv's) or a hyphen between letters.
                bool apostrophe = d == U'\'' || d == U'’';
                if ((apostrophe || d == U'-') && j + static_cast<std::size_t>(l) < text.size()) {
                    int l2 = 1;
                    char32_t e = g::decode_utf8_at(text, j + static_cast<std::size_t>(l), l2);
                    if (g::is_word_char(e) && !(e < 128 && is_digit(static_cast<char>(e)) && d == U'-')) {
                        j += static_cast<std::size_t>(l);
                        continue;
                    }
                }
                break;
            }
            // The curly apostrophe becomes a straight one; then n't and 's are split off.
            std::string raw;
            for (std::size_t k = i; k < j; ++k) {
                if (text.compare(k, 3, "’") == 0) {
                    raw += '\'';
                    k += 2;
                } else {
                    raw += text[k];
                }
            }
            token t{tok_kind::word, raw, g::lower_ascii(raw)};
            t.capitalised = g::is_upper_char(c);
            t.sentence_start = sentence_start;
            if (t.lower.ends_with("n't")) {
                t.negated_verb = true;
                t.lower.resize(t.lower.size() - 3);
                if (t.lower == "wo") t.lower = "will";
                else if (t.lower == "ca") t.lower = "can";
            } else if (t.lower.ends_with("'s")) {
                t.lower.resize(t.lower.size() - 2);
            }
            t.raw = raw;
            out.push_back(std::move(t));
            sentence_start = false;
            i = j;
            continue;
        }
        if (c == U'.' || c == U'!' || c == U'?' || c == U';' || c == U':' || c == U',') {
            out.push_back({tok_kind::punct, std::string(1, static_cast<char>(c)), std::string(1, static_cast<char>(c))});
            sentence_start = c != U',';
        } else if (c == U'–' || c == U'—' || (c == U'-' && i + 1 < text.size() && text[i + 1] == ' ')) {
            out.push_back({tok_kind::dash, "-", "-"});
        }
        i += static_cast<std::size_t>(len);
    }
    return out;
}

/// Words that end a negation's or a stance word's reach inside a sentence.
bool ends_clause(token const& t) {
    if (t.kind == tok_kind::punct || t.kind == tok_kind::dash) return true;
    if (t.kind != tok_kind::word) return false;
    static constexpr std::string_view enders[] = {"but", "while", "although", "though", "because", "whereas",
                                                  "which", "who", "whom", "and", "or", "if", "unless", "since"};
    return std::find(std::begin(enders), std::end(enders), t.lower) != std::end(enders);
}

bool is_approximator(std::string_view w) {
    static constexpr std::string_view words[] = {"about", "around", "nearly", "almost", "approximately", "some",
                                                 "roughly", "over", "under", "than", "least", "most", "up", "estimated"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool is_time_word(std::string_view w) {
    static constexpr std::string_view words[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                                 "september", "october", "november", "december", "monday", "tuesday",
                                                 "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                                                 "today", "tomorrow", "tonight"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

/// Adds an interned word unless the list has it.
bool add_once(std::vector<word_view>& v, word_view s) {
    if (std::find(v.begin(), v.end(), s) != v.end()) return false;
    v.push_back(s);
    return true;
}

/// A list that takes each string once: a linear look while it is short, a hash set beside it once
/// it is long (a statement of a thousand words must not cost a million compares).
class once_list {
public:
    explicit once_list(std::vector<word_view>& v) : v_(v) {}
    bool add(word_view s) { // an interned word
        if (seen_.empty() && v_.size() < 16) return add_once(v_, s);
        if (seen_.empty()) seen_.insert(v_.begin(), v_.end());
        if (!seen_.insert(s).second) return false;
        v_.push_back(s);
        return true;
    }

private:
    std::vector<word_view>& v_;
    std::unordered_set<word_view> seen_;
};

/// What analysis asks of a word, remembered by the word's number for the thread's life: its base
/// form, whether it is a stop word, whether it has an antonym. News repeats its words (Zipf): most
/// tokens are answered here instead of by the grammar's tables.
class word_facts {
public:
    static word_facts& of_this_thread() {
        thread_local word_facts memo;
        return memo;
    }
    word_view base(word_view lower) {
        auto& f = at(lower);
        if (!(f.known & known_base)) f.base = intern(g::base_form(lower)), f.known |= known_base;
        return f.base;
    }
    bool stopword(word_view w) {
        auto& f = at(w);
        if (!(f.known & known_stop)) f.stop = g::is_stopword(w), f.known |= known_stop;
        return f.stop;
    }
    bool has_antonym(word_view w) {
        auto& f = at(w);
        if (!(f.known & known_antonym)) f.antonym = g::has_antonym(w), f.known |= known_antonym;
        return f.antonym;
    }

private:
    static constexpr std::uint8_t known_base = 1, known_stop = 2, known_antonym = 4;
    struct facts {
        word_view base;
        std::uint8_t known = 0;
        bool stop = false, antonym = false;
    };
    facts& at(word_view w) {
        if (w.id() >= facts_.size()) facts_.resize(std::max<std::size_t>(w.id() + 1, facts_.size() + facts_.size() / 2));
        return facts_[w.id()];
    }
    std::vector<facts> facts_;
};

std::string number_text(double v) {
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<long long>(std::llround(v)));
    return fmt::format("{:g}", v);
}

} // namespace

void claim_form::set_lists(claim_lists const& l) {
    std::vector<word_view> const* in[] = {&l.terms, &l.words, &l.opposable, &l.names, &l.predicates,
                                          &l.finite, &l.negated, &l.hedges, &l.boosters, &l.times};
    static_assert(std::size(in) == std::tuple_size_v<decltype(lists_.ends)>);
    std::size_t total = 0;
    for (auto const* v : in) total += v->size();
    if (total > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("claim form: too many words");
    lists_.block = total ? std::make_unique<word_view[]>(total) : nullptr;
    std::uint32_t at = 0;
    for (std::size_t k = 0; k < std::size(in); ++k) {
        std::copy(in[k]->begin(), in[k]->end(), lists_.block.get() + at);
        at += static_cast<std::uint32_t>(in[k]->size());
        lists_.ends[k] = at;
    }
}

namespace {

/// The form of the statement `text` read as the tokens `toks` (its own, or with a word the cue
/// puts before them).
claim_form analyse_tokens(std::string_view text, std::vector<token> const& toks) {
    claim_form c;
    c.text = std::string(text);
    claim_lists l; // packed into the form at the end
    once_list terms(l.terms), hedges(l.hedges), boosters(l.boosters), times(l.times), predicates(l.predicates),
        finite(l.finite), names(l.names), negated(l.negated);
    std::vector<std::string> lowers;
    lowers.reserve(toks.size());
    for (auto const& t : toks) lowers.push_back(t.lower);

    // Per-token class: negator, hedge, booster (phrases may span several tokens).
    std::vector<g::claim_word> cls(toks.size(), g::claim_word::none);
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (toks[i].kind != tok_kind::word) continue;
        auto [k, n] = g::match_claim_word(lowers, i);
        if (k == g::claim_word::none) continue;
        std::string phrase;
        for (std::size_t j = i; j < i + n; ++j) {
            cls[j] = k;
            phrase += (j > i ? " " : "") + lowers[j];
        }
        // A booster under an approximator is hedged: "nearly ready" is not ready yet.
        std::size_t prev = i;
        while (prev > 0 && toks[prev - 1].kind == tok_kind::punct && toks[prev - 1].raw == ",") --prev;
        bool approximated = prev > 0 && cls[prev - 1] == g::claim_word::hedge;
        bool was_booster = k == g::claim_word::booster;
        if (was_booster && approximated) k = g::claim_word::hedge; // counted through its hedge
        for (std::size_t j = i; j < i + n; ++j) cls[j] = k;
        if (k == g::claim_word::hedge && !was_booster) hedges.add(intern(phrase));
        if (k == g::claim_word::booster) boosters.add(intern(phrase));
        i += n - 1;
    }

    // Each word token as written (lower case) and its base form, interned; empty for the others.
    auto& memo = word_facts::of_this_thread();
    std::vector<word_view> lower_words(toks.size()), bases(toks.size());
    for (std::size_t i = 0; i < toks.size(); ++i)
        if (toks[i].kind == tok_kind::word) {
            lower_words[i] = intern(toks[i].lower);
            bases[i] = memo.base(lower_words[i]);
        }
    auto stop = [&](word_view w) { return memo.stopword(w); };

    // Walk the clauses: negation scope and stance run from their word to the clause's end.
    int negations = 0;
    bool in_negation = false;
    int clause_sign = 1;           // product of stance words and negators so far in this clause
    bool clause_has_stance = false;
    std::size_t clause_begin = 0;
    std::vector<std::pair<word_view, int>> stance;
    auto set_stance = [&](word_view term, int sign) { // an interned word
        for (auto& [t, s] : stance)
            if (t == term) { s = sign; return; }
        stance.emplace_back(term, sign);
    };

    bool in_relative = false; // inside a relative clause ("a budget that does not ..."): its negation qualifies a noun
    for (std::size_t i = 0; i < toks.size(); ++i) {
        auto const& t = toks[i];
        bool relative = t.kind == tok_kind::word && (t.lower == "that" || t.lower == "which" || t.lower == "who") && i > 0 &&
                        toks[i - 1].kind == tok_kind::word && !bases[i - 1].empty() && !stop(bases[i - 1]) &&
                        cls[i - 1] == g::claim_word::none;
        if (ends_clause(t) || relative) {
            in_relative = relative;
            in_negation = false;
            clause_sign = 1;
            clause_has_stance = false;
            clause_begin = i + 1;
            continue;
        }
        if (t.kind == tok_kind::number || t.kind == tok_kind::currency) continue;
        if (t.kind != tok_kind::word) continue;
        bool negator = cls[i] == g::claim_word::negator || t.negated_verb;
        if (negator) {
            if (!in_relative) ++negations;
            in_negation = !in_relative;
            clause_sign = -clause_sign; // a stance word after it is reversed ("not abolish")
        }
        if (cls[i] == g::claim_word::negator) continue;
        auto const& base = bases[i];
        if (base.size() < 2 || is_time_word(t.lower)) {
            if (is_time_word(t.lower) && !(t.lower == "may" && !t.capitalised)) times.add(intern(t.lower));
            continue;
        }
        auto st = g::stance_of(base);
        if (st.sign != 0) {
            if (in_relative) continue;
            if (st.rates_subject && !clause_has_stance)
                for (std::size_t j = clause_begin; j < i; ++j)
                    if (!bases[j].empty() && !stop(bases[j]) && cls[j] == g::claim_word::none) set_stance(bases[j], st.sign);
            clause_sign *= st.sign;
            clause_has_stance = true;
            continue;
        }
        if (cls[i] != g::claim_word::none) continue; // hedges and boosters carry no topic
        if (stop(base) || stop(lower_words[i])) continue;
        if (t.negated_verb) continue;
        auto const term = bases[i];
        if (terms.add(term)) l.words.push_back(lower_words[i]); // the same word as `term` when written in its base form
        // The parts of a hyphenated word are terms too ("military-industrial": military, industrial).
        for (std::size_t from = 0, dash; (dash = t.lower.find('-', from)) != std::string::npos || from > 0; from = dash + 1) {
            auto part = t.lower.substr(from, dash == std::string::npos ? std::string::npos : dash - from);
            auto written = intern(part);
            auto pb = memo.base(written);
            if (pb.size() > 2 && !stop(pb) && terms.add(pb)) l.words.push_back(written);
            if (dash == std::string::npos) break;
        }
        {
            // After a copula (adverbs between): an adjective predicate, unless a noun follows it, or
            // the progressive ("is standing"), which is no predicate for antonyms.
            std::size_t k = i;
            while (k > clause_begin && toks[k - 1].kind == tok_kind::word && (toks[k - 1].lower.ends_with("ly") || cls[k - 1] != g::claim_word::none))
                --k;
            bool after_copula = k > clause_begin && toks[k - 1].kind == tok_kind::word && g::is_copula(toks[k - 1].lower);
            bool noun_follows = i + 1 < toks.size() && toks[i + 1].kind == tok_kind::word && !stop(lower_words[i + 1]);
            bool progressive = after_copula && t.lower.ends_with("ing");
            if (after_copula && !noun_follows && !progressive) predicates.add(term);
            else if (!after_copula && !t.lower.ends_with("ing")) finite.add(term);
        }
        if (t.capitalised && !t.sentence_start) names.add(term);
        if (in_negation) negated.add(term);
        if (clause_has_stance && !in_relative) set_stance(term, clause_sign);
    }
    c.polarity = negations % 2 ? -1 : 1;
    for (auto term : l.terms)
        if (memo.has_antonym(term)) l.opposable.push_back(term);
    // The subject: the first word, or the second after a determiner or possessive.
    for (std::size_t i = 0; i < toks.size() && i < 2; ++i) {
        if (toks[i].kind != tok_kind::word) break;
        static constexpr std::string_view determiners[] = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those"};
        if (i == 0 && std::find(std::begin(determiners), std::end(determiners), toks[i].lower) != std::end(determiners)) continue;
        if (!l.terms.empty() && bases[i] == l.terms.front()) c.subject = l.terms.front();
        break;
    }
    c.stance = std::move(stance);
    if (!l.hedges.empty() || !l.boosters.empty()) {
        double h = static_cast<double>(l.hedges.size()), b = static_cast<double>(l.boosters.size());
        c.certainty = (b - h) / (b + h);
    }

    // Quantities: [currency] number [multiplier] [unit | %], spelled-out numbers, ranges.
    for (std::size_t i = 0; i < toks.size(); ++i) {
        auto const& t = toks[i];
        std::optional<double> value;
        std::size_t begin = i;
        std::string unit, unit_text;
        if (t.kind == tok_kind::currency) {
            if (i + 1 < toks.size() && toks[i + 1].kind == tok_kind::number) {
                unit = t.raw;
                value = toks[++i].value;
            } else continue;
        } else if (t.kind == tok_kind::number) {
            value = t.value;
        } else if (t.kind == tok_kind::word) {
            bool mult = false;
            auto v = g::number_word_value(t.lower, mult);
            if (!v || mult || t.lower == "half") continue;
            // "one" alone is too often a pronoun ("one of them"); count it only before a noun.
            value = *v;
            // "twenty five"
            bool m2 = false;
            if (i + 1 < toks.size() && *v >= 20 && *v < 100)
                if (auto v2 = g::number_word_value(toks[i + 1].lower, m2); v2 && !m2 && *v2 < 10) { *value += *v2; ++i; }
        } else continue;
        bool is_year = t.kind == tok_kind::number && unit.empty() && t.raw.size() == 4 && *value >= 1900 && *value <= 2099;
        // Multipliers: "1.5 billion", "two million".
        while (i + 1 < toks.size() && toks[i + 1].kind == tok_kind::word) {
            bool mult = false;
            auto m = g::number_word_value(toks[i + 1].lower, mult);
            if (!m || !mult) break;
            *value *= *m;
            is_year = false;
            ++i;
        }
        quantity q;
        q.value = *value;
        // A range: "20 to 25", "20-25" (upwards: "won 23 and 2 were drawn" is two numbers).
        if (i + 2 < toks.size() && toks[i + 2].kind == tok_kind::number && toks[i + 2].value > *value &&
            (toks[i + 1].lower == "to" || toks[i + 1].lower == "and" || toks[i + 1].kind == tok_kind::dash)) {
            q.high = toks[i + 2].value;
            i += 2;
            is_year = false;
        }
        if (i + 1 < toks.size() && toks[i + 1].kind == tok_kind::percent) {
            unit = "percent";
            ++i;
        } else if (i + 1 < toks.size() && toks[i + 1].kind == tok_kind::word) {
            std::size_t u = i + 1;
            if (toks[u].lower == "per" && u + 1 < toks.size() && toks[u + 1].lower == "cent") { unit = "percent"; i = u + 1; }
            else if (toks[u].lower == "percent" || toks[u].lower == "percentage") { unit = "percent"; i = u; }
            else if (unit.empty()) {
                // The counted noun; an adjective before it is skipped ("20 new cases" -> case).
                auto content = [&](std::size_t k) {
                    return k < toks.size() && toks[k].kind == tok_kind::word && !stop(lower_words[k]) && !stop(bases[k]);
                };
                // A modifier stays part of the unit: "790 Azerbaijani soldiers" and "2,300 Artsakh
                // soldiers" count different things.
                if (content(u)) {
                    unit = g::base_form(toks[u].lower);
                    unit_text = toks[u].lower;
                    if (content(u + 1) && !toks[u + 1].capitalised) {
                        unit += ' ' + g::base_form(toks[u + 1].lower);
                        unit_text += ' ' + toks[u + 1].lower;
                    }
                }
            }
        }
        if (t.kind == tok_kind::word && unit.empty()) continue; // "one said", a spelled number with nothing counted
        if (is_year && unit != "percent") {
            times.add(intern(number_text(*value)));
            continue;
        }
        if (begin > 0) {
            auto const& prev = toks[begin - 1];
            q.approximate = prev.kind == tok_kind::word && (is_approximator(prev.lower) || cls[begin - 1] == g::claim_word::hedge);
        }
        q.unit = intern(unit);
        // Context: the content words of the number's clause, up to eight tokens either side.
        for (std::size_t k = begin; k-- > 0 && begin - k <= 8 && !ends_clause(toks[k]);)
            if (!bases[k].empty() && !stop(bases[k]) && cls[k] == g::claim_word::none) add_once(q.context, bases[k]);
        for (std::size_t k = i + 1; k < toks.size() && k <= i + 8 && !ends_clause(toks[k]); ++k)
            if (!bases[k].empty() && !stop(bases[k]) && cls[k] == g::claim_word::none && unit.find(bases[k].view()) == std::string::npos)
                add_once(q.context, bases[k]);
        if (unit_text.empty()) unit_text = unit;
        bool sign_first = !unit_text.empty() && unit_text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
        auto amount = number_text(q.value) + (q.high ? "-" + number_text(*q.high) : "");
        q.text = sign_first ? unit_text + amount : amount + (unit_text.empty() ? "" : " " + unit_text);
        c.quantities.push_back(std::move(q));
    }
    // A corpus holds a million of these: no spare capacity left in its lists.
    c.set_lists(l);
    c.stance.shrink_to_fit();
    for (auto& q : c.quantities) q.context.shrink_to_fit();
    c.quantities.shrink_to_fit();
    return c;
}

} // namespace

claim_form analyse_claim(std::string_view text) { return analyse_tokens(text, tokenize(text)); }

claim_form analyse_claim(std::string_view text, std::string_view cue, cue_meaning meaning) {
    // The cue's verb is its last word ("has endorsed" -> "endorsed"); a verb that takes a side
    // (speech_verbs.txt `| stance`) and is also a stance word (stance.txt) leads the content, as
    // its first word; one that denies it (`| denial`) negates it, as a "not" before it ("denied"
    // + "he met her": met negated).
    while (!cue.empty() && cue.back() == ' ') cue.remove_suffix(1);
    auto verb = cue.substr(cue.rfind(' ') == std::string_view::npos ? 0 : cue.rfind(' ') + 1);
    auto const lower = g::lower_ascii(verb);
    bool const stance = meaning.stance && !lower.empty() && g::stance_of(g::base_form(lower)).sign != 0;
    if (!stance && !meaning.denial) return analyse_claim(text);
    auto toks = tokenize(meaning.denial ? std::string_view("not") : std::string_view(lower));
    auto rest = tokenize(text, false);
    toks.insert(toks.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
    auto c = analyse_tokens(text, toks);
    c.lead = intern(lower);
    return c;
}

} // namespace verbatim
