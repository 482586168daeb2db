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
    bool glued = false;        ///< a word written right after a digit ("5m", "20bn")
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
            // "13:40" is a time of day, not two numbers: left out.
            if (j + 1 < text.size() && text[j] == ':' && is_digit(text[j + 1])) {
                while (j < text.size() && (is_digit(text[j]) || text[j] == ':')) ++j;
                i = j;
                sentence_start = false;
                continue;
            }
            // "14th", "21st": an ordinal ranks, it counts nothing: a word.
            if (j + 2 <= text.size()) {
                auto suffix = g::lower_ascii(text.substr(j, 2));
                bool ends = j + 2 == text.size() || !g::is_word_char(static_cast<unsigned char>(text[j + 2]));
                if (ends && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
                    token t{tok_kind::word, std::string(text.substr(i, j + 2 - i)), {}};
                    t.lower = g::lower_ascii(t.raw);
                    out.push_back(std::move(t));
                    i = j + 2;
                    sentence_start = false;
                    continue;
                }
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
            t.glued = i > 0 && is_digit(text[i - 1]);
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

bool is_month(std::string_view w) {
    static constexpr std::string_view months[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                                  "september", "october", "november", "december"};
    return std::find(std::begin(months), std::end(months), w) != std::end(months);
}

/// A verb's past form ("voted", "earned", "secured"): what it does to a number is no measure of it.
bool looks_past(std::string_view lower) {
    return g::is_finite_verb(lower) || (g::has_form(lower, g::word_form::past) && !lower.ends_with("eed"));
}

bool is_time_word(std::string_view w) {
    static constexpr std::string_view words[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                 "sunday", "yesterday", "today", "tomorrow", "tonight"};
    return is_month(w) || std::find(std::begin(words), std::end(words), w) != std::end(words);
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
/// puts before them), step by step: its hedges, boosters and negators, the base form of each
/// word, the walk over its clauses (terms, negation and stance), its subject and certainty, and
/// its quantities.
class claim_reader {
public:
    claim_reader(std::string_view text, std::vector<token> const& toks)
        : toks_(toks), memo_(word_facts::of_this_thread()), terms_(l_.terms), hedges_(l_.hedges), boosters_(l_.boosters),
          times_(l_.times), predicates_(l_.predicates), finite_(l_.finite), names_(l_.names), negated_(l_.negated) {
        c_.text = std::string(text);
    }

    claim_form read() {
        classify_claim_words();
        read_base_forms();
        walk_clauses();
        find_subject_and_certainty();
        for (std::size_t i = 0; i < toks_.size(); ++i) read_quantity_at(i);
        // A corpus holds a million of these: no spare capacity left in its lists.
        c_.set_lists(l_);
        c_.stance.shrink_to_fit();
        for (auto& q : c_.quantities) q.context.shrink_to_fit();
        c_.quantities.shrink_to_fit();
        return std::move(c_);
    }

private:
    bool stop(word_view w) { return memo_.stopword(w); }

    /// Per-token class: negator, hedge, booster (phrases may span several tokens).
    void classify_claim_words() {
        lowers_.reserve(toks_.size());
        for (auto const& t : toks_) lowers_.push_back(t.lower);
        cls_.assign(toks_.size(), g::claim_word::none);
        for (std::size_t i = 0; i < toks_.size(); ++i) {
            if (toks_[i].kind != tok_kind::word) continue;
            auto [k, n] = g::match_claim_word(lowers_, i);
            if (k == g::claim_word::none) continue;
            std::string phrase;
            for (std::size_t j = i; j < i + n; ++j) {
                cls_[j] = k;
                phrase += (j > i ? " " : "") + lowers_[j];
            }
            // A booster under an approximator is hedged: "nearly ready" is not ready yet.
            std::size_t prev = i;
            while (prev > 0 && toks_[prev - 1].kind == tok_kind::punct && toks_[prev - 1].raw == ",") --prev;
            bool approximated = prev > 0 && cls_[prev - 1] == g::claim_word::hedge;
            bool was_booster = k == g::claim_word::booster;
            if (was_booster && approximated) k = g::claim_word::hedge; // counted through its hedge
            for (std::size_t j = i; j < i + n; ++j) cls_[j] = k;
            if (k == g::claim_word::hedge && !was_booster) hedges_.add(intern(phrase));
            if (k == g::claim_word::booster) boosters_.add(intern(phrase));
            i += n - 1;
        }
    }

    /// Each word token as written (lower case) and its base form, interned; empty for the others.
    void read_base_forms() {
        lower_words_.resize(toks_.size());
        bases_.resize(toks_.size());
        for (std::size_t i = 0; i < toks_.size(); ++i)
            if (toks_[i].kind == tok_kind::word) {
                lower_words_[i] = intern(toks_[i].lower);
                bases_[i] = memo_.base(lower_words_[i]);
            }
    }

    void set_stance(word_view term, int sign) { // an interned word
        for (auto& [t, s] : c_.stance)
            if (t == term) {
                s = sign;
                return;
            }
        c_.stance.emplace_back(term, sign);
    }

    /// Walk the clauses: negation scope and stance run from their word to the clause's end.
    void walk_clauses() {
        int negations = 0;
        for (std::size_t i = 0; i < toks_.size(); ++i) {
            auto const& t = toks_[i];
            bool relative = t.kind == tok_kind::word && (t.lower == "that" || t.lower == "which" || t.lower == "who") && i > 0 &&
                            toks_[i - 1].kind == tok_kind::word && !bases_[i - 1].empty() && !stop(bases_[i - 1]) &&
                            cls_[i - 1] == g::claim_word::none;
            if (ends_clause(t) || relative) {
                clause_ = clause_state{};
                clause_.in_relative = relative;
                clause_.begin = i + 1;
                continue;
            }
            if (t.kind != tok_kind::word) continue;
            bool negator = cls_[i] == g::claim_word::negator || t.negated_verb;
            if (negator) {
                if (!clause_.in_relative) ++negations;
                clause_.in_negation = !clause_.in_relative;
                clause_.sign = -clause_.sign; // a stance word after it is reversed ("not abolish")
            }
            if (cls_[i] == g::claim_word::negator) continue;
            read_word(i);
        }
        c_.polarity = negations % 2 ? -1 : 1;
        for (auto term : l_.terms)
            if (memo_.has_antonym(term)) l_.opposable.push_back(term);
    }

    /// A word of the walk (no negator): a time, a stance word, or a term with its place in the clause.
    void read_word(std::size_t i) {
        auto const& t = toks_[i];
        auto const& base = bases_[i];
        if (base.size() < 2 || is_time_word(t.lower)) {
            if (is_time_word(t.lower) && !(t.lower == "may" && !t.capitalised)) times_.add(intern(t.lower));
            return;
        }
        auto st = g::stance_of(base);
        if (st.sign != 0) {
            if (clause_.in_relative) return;
            if (st.rates_subject && !clause_.has_stance)
                for (std::size_t j = clause_.begin; j < i; ++j)
                    if (!bases_[j].empty() && !stop(bases_[j]) && cls_[j] == g::claim_word::none) set_stance(bases_[j], st.sign);
            clause_.sign *= st.sign;
            clause_.has_stance = true;
            return;
        }
        if (cls_[i] != g::claim_word::none) return; // hedges and boosters carry no topic
        if (stop(base) || stop(lower_words_[i])) return;
        if (t.negated_verb) return;
        auto const term = bases_[i];
        if (terms_.add(term)) l_.words.push_back(lower_words_[i]); // the same word as `term` when written in its base form
        // The parts of a hyphenated word are terms too ("military-industrial": military, industrial).
        for (std::size_t from = 0, dash; (dash = t.lower.find('-', from)) != std::string::npos || from > 0; from = dash + 1) {
            auto part = t.lower.substr(from, dash == std::string::npos ? std::string::npos : dash - from);
            auto written = intern(part);
            auto pb = memo_.base(written);
            if (pb.size() > 2 && !stop(pb) && terms_.add(pb)) l_.words.push_back(written);
            if (dash == std::string::npos) break;
        }
        place_term(i, term);
        // A name: capitalised inside the sentence, or at its start when no common word ("UK
        // inflation rose", "Dorian made landfall"; not "The", "Officials").
        if (t.capitalised && (!t.sentence_start || !g::is_common_word(t.lower))) names_.add(term);
        if (clause_.in_negation) negated_.add(term);
        if (clause_.has_stance && !clause_.in_relative) set_stance(term, clause_.sign);
    }

    /// After a copula (adverbs between): an adjective predicate, unless a noun follows it, or the
    /// progressive ("is standing"), which is no predicate for antonyms; else a finite word.
    void place_term(std::size_t i, word_view term) {
        auto const& t = toks_[i];
        std::size_t k = i;
        while (k > clause_.begin && toks_[k - 1].kind == tok_kind::word &&
               (toks_[k - 1].lower.ends_with("ly") || cls_[k - 1] != g::claim_word::none))
            --k;
        bool after_copula = k > clause_.begin && toks_[k - 1].kind == tok_kind::word && g::is_copula(toks_[k - 1].lower);
        bool noun_follows = i + 1 < toks_.size() && toks_[i + 1].kind == tok_kind::word && !stop(lower_words_[i + 1]);
        bool progressive = after_copula && t.lower.ends_with("ing");
        if (after_copula && !noun_follows && !progressive) predicates_.add(term);
        else if (!after_copula && !t.lower.ends_with("ing")) finite_.add(term);
    }

    /// The subject: the first word, or the second after a determiner or possessive; and the
    /// certainty from the hedges and boosters.
    void find_subject_and_certainty() {
        for (std::size_t i = 0; i < toks_.size() && i < 2; ++i) {
            if (toks_[i].kind != tok_kind::word) break;
            static constexpr std::string_view determiners[] = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those"};
            if (i == 0 && std::find(std::begin(determiners), std::end(determiners), toks_[i].lower) != std::end(determiners)) continue;
            if (!l_.terms.empty() && bases_[i] == l_.terms.front()) c_.subject = l_.terms.front();
            break;
        }
        if (!l_.hedges.empty() || !l_.boosters.empty()) {
            double h = static_cast<double>(l_.hedges.size()), b = static_cast<double>(l_.boosters.size());
            c_.certainty = (b - h) / (b + h);
        }
    }

    /// The number a quantity at token `i` states ([currency] number, a spelled-out number),
    /// with `i` moved to its last token and the currency as unit; nothing when there is none.
    std::optional<double> number_at(std::size_t& i, std::string& unit) {
        auto const& t = toks_[i];
        if (t.kind == tok_kind::currency) {
            if (i + 1 < toks_.size() && toks_[i + 1].kind == tok_kind::number) {
                unit = t.raw;
                return toks_[++i].value;
            }
            return std::nullopt;
        }
        if (t.kind == tok_kind::number) return t.value;
        if (t.kind != tok_kind::word) return std::nullopt;
        bool mult = false;
        auto v = g::number_word_value(t.lower, mult);
        if (!v || mult || t.lower == "half") return std::nullopt;
        // "one" alone is too often a pronoun ("one of them"); count it only before a noun.
        double value = *v;
        // "twenty five"
        bool m2 = false;
        if (i + 1 < toks_.size() && *v >= 20 && *v < 100)
            if (auto v2 = g::number_word_value(toks_[i + 1].lower, m2); v2 && !m2 && *v2 < 10) {
                value += *v2;
                ++i;
            }
        return value;
    }

    /// The unit after the number ending at token `i` ("percent", the counted noun with a modifier
    /// that stays part of it); moves `i` past a percent sign or word.
    void read_unit(std::size_t& i, std::string& unit, std::string& unit_text) {
        if (i + 1 < toks_.size() && toks_[i + 1].kind == tok_kind::percent) {
            unit = "percent";
            ++i;
            return;
        }
        if (i + 1 >= toks_.size() || toks_[i + 1].kind != tok_kind::word) return;
        std::size_t u = i + 1;
        if (toks_[u].lower == "per" && u + 1 < toks_.size() && toks_[u + 1].lower == "cent") {
            unit = "percent";
            i = u + 1;
        } else if (toks_[u].lower == "percent" || toks_[u].lower == "percentage") {
            unit = "percent";
            i = u;
        } else if (unit.empty()) {
            // The counted noun; an adjective before it is skipped ("20 new cases" -> case).
            // A modifier stays part of the unit: "790 Azerbaijani soldiers" and "2,300 Artsakh
            // soldiers" count different things.
            if (content_word(u)) {
                unit = g::base_form(toks_[u].lower);
                unit_text = toks_[u].lower;
                // A rate: "120 miles per hour".
                if (u + 2 < toks_.size() && toks_[u + 1].lower == "per" && content_word(u + 2)) {
                    unit += " per " + g::base_form(toks_[u + 2].lower);
                    unit_text += " per " + toks_[u + 2].lower;
                    return;
                }
                // ("asylum seekers"; not "deaths linked to …", "cases related to …": a participle
                // that opens a phrase of its own)
                bool const participle_phrase = u + 2 < toks_.size() && toks_[u + 2].lower == "to" &&
                                               g::has_form(toks_[u + 1].lower, g::word_form::past);
                if (content_word(u + 1) && !toks_[u + 1].capitalised && !participle_phrase) {
                    unit += ' ' + g::base_form(toks_[u + 1].lower);
                    unit_text += ' ' + toks_[u + 1].lower;
                }
            }
        }
    }

    /// Token `k` is a word that is no stop word (what a number may count or measure).
    bool content_word(std::size_t k) {
        return k < toks_.size() && toks_[k].kind == tok_kind::word && !stop(lower_words_[k]) && !stop(bases_[k]);
    }
    /// The same, and no hedge, booster, negator or stance word of the claim's lists.
    bool plain_content_word(std::size_t k) { return content_word(k) && cls_[k] == g::claim_word::none; }

    /// Whether the word before the number at `begin` names a scale: capitalised inside the claim
    /// ("Category 5") or a noun right after an article ("the magnitude 6.1 quake").
    bool scale_before(std::size_t begin) {
        if (begin == 0 || is_time_word(toks_[begin - 1].lower) || !plain_content_word(begin - 1)) return false;
        auto const& prev = toks_[begin - 1];
        if (prev.lower.size() != prev.raw.size()) return false; // ("NATO's 19 members": an owner, no scale)
        if (prev.capitalised && !prev.sentence_start) return true;
        return begin >= 2 && toks_[begin - 2].kind == tok_kind::word && g::in_class(toks_[begin - 2].lower, g::word_class::article);
    }

    /// The noun an amount noun before `k` in the clause counts ("number of (confirmed) deaths":
    /// the first plural of the words after "of", else the first of them), or none.
    std::optional<std::size_t> counted_before(std::size_t k) {
        // (a hyphen inside a name, "SARS-CoV-2", ends no clause)
        auto ends = [&](token const& t) { return ends_clause(t) && !(t.kind == tok_kind::dash && t.raw == "-"); };
        for (std::size_t j = k; j-- > 0 && !ends(toks_[j]);) {
            if (!g::in_class(toks_[j].lower, g::word_class::count_noun) || j + 2 >= k || toks_[j + 1].lower != "of") continue;
            std::optional<std::size_t> first;
            for (std::size_t m = j + 2; m < k && content_word(m); ++m) { // ("confirmed deaths": a booster may stand first)
                if (!first && plain_content_word(m)) first = m;
                if (toks_[m].lower.size() > 3 && toks_[m].lower.ends_with('s') && !toks_[m].lower.ends_with("ss")) return m;
            }
            return first;
        }
        return std::nullopt;
    }

    /// What a number with nothing counted after it measures, named before it: a scale
    /// ("Category 5", "magnitude 6.1", "level 4"), "magnitude of 7.0", or the subject it is
    /// predicated of ("the magnitude of the earthquake was 6.6": the clause's first noun).
    void read_measure_before(std::size_t begin, std::string& unit, std::string& unit_text) {
        auto take = [&](std::size_t k) {
            unit = g::base_form(toks_[k].lower);
            unit_text = toks_[k].lower;
        };
        if (begin == 0 || toks_[begin - 1].kind != tok_kind::word) return;
        std::size_t k = begin - 1;
        if (is_time_word(toks_[begin - 1].lower)) return; // "March 10" is a date
        // "the total number of confirmed deaths … surpassed 100,000", "the toll of dead rose to 40":
        // what the clause's amount noun counts
        if (looks_past(toks_[k].lower) || toks_[k].lower == "to" || toks_[k].lower == "at")
            if (auto counted = counted_before(k)) return take(*counted);
        if (plain_content_word(k) && !g::is_copula(toks_[k].lower)) {
            if (!looks_past(toks_[k].lower)) take(k); // ("voted 70 to 20": no measure named)
            return;
        }
        if (toks_[k].lower == "of" && k > 0 && plain_content_word(k - 1)) return take(k - 1);
        if (g::is_copula(toks_[k].lower)) {
            std::size_t first = k;
            for (std::size_t j = k; j-- > 0 && !ends_clause(toks_[j]);)
                if (plain_content_word(j)) first = j;
            if (first < k) take(first);
        }
    }

    /// Whether a number counts deaths or injuries, as the words around it say ("12 dead", "five
    /// killed", "90 were dead", "12 people have died", "killed at least twelve", "injured twelve
    /// more", "the death toll rose to 40", "six Arlish nationals were killed"): the class of those
    /// words, or none. The number runs from token `begin` to `end`; `unit_text` is the noun after
    /// it, if any (a verb before the number types only a count of people in general: "killed 20
    /// soldiers" counts soldiers).
    std::optional<g::word_class> casualty_of(std::size_t begin, std::size_t end, std::string_view unit_text) {
        auto casualty = [&](std::size_t k) -> std::optional<g::word_class> {
            if (k >= toks_.size() || toks_[k].kind != tok_kind::word) return std::nullopt;
            for (auto c : {g::word_class::death_word, g::word_class::injury_word})
                if (g::in_class(toks_[k].lower, c)) return c;
            return std::nullopt;
        };
        std::size_t after = end + 1;
        bool const people = unit_text.empty() || g::in_class(unit_text.substr(0, unit_text.find(' ')), g::word_class::counted_person);
        if (!unit_text.empty()) {
            if (auto c = casualty(after)) return c; // "12 dead", "five killed"
            // ("six Arlish nationals were killed": the noun, and its modifier, stay around it)
            while (after < toks_.size() && after <= end + 3 && toks_[after].kind == tok_kind::word && content_word(after) &&
                   !casualty(after) && !g::in_class(toks_[after].lower, g::word_class::auxiliary))
                ++after;
        }
        // after it: auxiliaries, an adverb, then the word ("were dead", "have reportedly died")
        for (std::size_t k = after; k < toks_.size() && k < after + 4 && toks_[k].kind == tok_kind::word; ++k) {
            if (auto c = casualty(k)) return c;
            if (!g::in_class(toks_[k].lower, g::word_class::auxiliary) && !g::has_form(toks_[k].lower, g::word_form::adverb)) break;
        }
        if (!people) return std::nullopt; // ("killed 20 soldiers" counts soldiers: the noun says what)
        // before it, over "at least", "more than", "about": the verb ("killed at least twelve")
        std::size_t j = begin;
        while (j > 0 && toks_[j - 1].kind == tok_kind::word &&
               (is_approximator(toks_[j - 1].lower) ||
                (j < toks_.size() && ((toks_[j - 1].lower == "at" && (toks_[j].lower == "least" || toks_[j].lower == "most")) ||
                                      (toks_[j - 1].lower == "more" && toks_[j].lower == "than")))))
            --j;
        if (j > 0)
            if (auto c = casualty(j - 1)) return c;
        // an amount noun of deaths in the clause before it ("the death toll rose to 40")
        for (std::size_t k = j; k-- > 1 && j - k <= 6 && !ends_clause(toks_[k]);)
            if (g::in_class(toks_[k].lower, g::word_class::count_noun))
                if (auto c = casualty(k - 1)) return c;
        return std::nullopt;
    }

    /// Quantities: [currency] number [multiplier] [unit | %], spelled-out numbers, ranges.
    void read_quantity_at(std::size_t& i) {
        auto const& t = toks_[i];
        std::size_t begin = i;
        if (t.kind == tok_kind::number) {
            // A day of a month ("August 21", "21 August") is a date.
            if ((i > 0 && is_month(toks_[i - 1].lower)) || (i + 1 < toks_.size() && is_month(toks_[i + 1].lower))) return;
            // The second number of a score ("voted 13–8", "49 votes to 33") counts the other side.
            bool after_link = i >= 2 && (toks_[i - 1].kind == tok_kind::dash || toks_[i - 1].lower == "to");
            if (after_link && toks_[i - 2].kind == tok_kind::number && toks_[i - 2].value >= t.value) return;
            if (i >= 3 && toks_[i - 1].lower == "to" && toks_[i - 2].kind == tok_kind::word && toks_[i - 3].kind == tok_kind::number &&
                toks_[i - 3].value >= t.value)
                return;
        }
        std::string unit, unit_text;
        auto value = number_at(i, unit);
        if (!value) return;
        bool is_year = t.kind == tok_kind::number && unit.empty() && t.raw.size() == 4 && *value >= 1900 && *value <= 2099;
        // Multipliers: "1.5 billion", "two million".
        while (i + 1 < toks_.size() && toks_[i + 1].kind == tok_kind::word) {
            bool mult = false;
            auto m = g::number_word_value(toks_[i + 1].lower, mult);
            if (!m || !mult) break;
            if (toks_[i + 1].lower.size() <= 2 && !toks_[i + 1].glued) break; // "5 m" is five metres; "5m" five million
            *value *= *m;
            is_year = false;
            ++i;
        }
        quantity q;
        q.value = *value;
        // A range: "20 to 25", "20-25" (upwards: "won 23 and 2 were drawn" is two numbers).
        if (i + 2 < toks_.size() && toks_[i + 2].kind == tok_kind::number && toks_[i + 2].value > *value &&
            (toks_[i + 1].lower == "to" || toks_[i + 1].lower == "and" || toks_[i + 1].kind == tok_kind::dash)) {
            q.high = toks_[i + 2].value;
            i += 2;
            is_year = false;
        }
        read_unit(i, unit, unit_text);
        // ("a Category 5 hurricane", "the magnitude 6.1 quake": a scale named before the number
        // is what it measures, not the noun after it)
        // ("the past 3 months": a plural noun counted after the number wins over a lower-case word
        // after an article)
        bool const counted_after = !unit_text.empty() && unit_text.size() > 3 && unit_text.ends_with('s') && begin > 0 &&
                                   !toks_[begin - 1].capitalised;
        if (t.kind == tok_kind::number && !is_year && (unit.empty() || (scale_before(begin) && !counted_after))) {
            unit.clear();
            unit_text.clear();
            read_measure_before(begin, unit, unit_text);
            q.scale = !unit.empty();
        }
        if (auto casualty = casualty_of(begin, i, unit.empty() ? std::string_view{} : std::string_view(unit_text.empty() ? unit : unit_text))) {
            unit_text = g::first_in_class(*casualty);
            unit = g::base_form(unit_text);
            q.typed = true;
        }
        if (t.kind == tok_kind::word && unit.empty()) return; // "one said", a spelled number with nothing counted
        // A time of day ("0040 UTC", "7 pm") or an age ("aged 78", "the age of 84") counts nothing.
        auto const unit_word = std::string_view(unit).substr(0, unit.find(' '));
        auto const written_unit = std::string_view(unit_text).substr(0, unit_text.find(' '));
        if (g::in_class(written_unit, g::word_class::clock_word) || g::in_class(written_unit, g::word_class::age_word)) return;
        // A capitalised word before a number names the thing, not a scale, when the number is
        // large or the word no common noun ("Flight 610", "Section 230", "CentOS 8", "Windows
        // 10"; a scale reads "Category 5", "Level 4").
        // (nor with a version's decimal point after a name inside the sentence: "Web 2.0")
        if (begin > 0 && toks_[begin - 1].capitalised && unit_word == bases_[begin - 1].view() &&
            (*value > 12 || !g::is_common_word(toks_[begin - 1].lower) ||
             (t.raw.find('.') != std::string::npos && !toks_[begin - 1].sentence_start)))
            return;
        if (is_year && unit != "percent") {
            times_.add(intern(number_text(*value)));
            return;
        }
        if (begin > 0) {
            auto const& prev = toks_[begin - 1];
            q.approximate = prev.kind == tok_kind::word && (is_approximator(prev.lower) || cls_[begin - 1] == g::claim_word::hedge);
        }
        q.unit = intern(unit);
        // Context: the content words of the number's clause, up to eight tokens either side.
        // (a hedge there makes it a guess, "we could get aftershocks of 4.5 magnitude"; an
        // approximator does not, "about 300")
        for (std::size_t k = begin; k-- > 0 && begin - k <= 8 && !ends_clause(toks_[k]);) {
            q.hedged = q.hedged || (cls_[k] == g::claim_word::hedge && !is_approximator(toks_[k].lower));
            if (!bases_[k].empty() && !stop(bases_[k]) && cls_[k] == g::claim_word::none) add_once(q.context, bases_[k]);
        }
        for (std::size_t k = i + 1; k < toks_.size() && k <= i + 8 && !ends_clause(toks_[k]); ++k) {
            q.hedged = q.hedged || (cls_[k] == g::claim_word::hedge && !is_approximator(toks_[k].lower));
            if (!bases_[k].empty() && !stop(bases_[k]) && cls_[k] == g::claim_word::none && unit.find(bases_[k].view()) == std::string::npos)
                add_once(q.context, bases_[k]);
        }
        if (unit_text.empty()) unit_text = unit;
        bool sign_first = !unit_text.empty() && unit_text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
        auto amount = number_text(q.value) + (q.high ? "-" + number_text(*q.high) : "");
        q.text = sign_first ? unit_text + amount : amount + (unit_text.empty() ? "" : " " + unit_text);
        c_.quantities.push_back(std::move(q));
    }

    /// The clause the walk is in.
    struct clause_state {
        bool in_negation = false;
        int sign = 1;             ///< product of stance words and negators so far in this clause
        bool has_stance = false;
        std::size_t begin = 0;
        bool in_relative = false; ///< a relative clause ("a budget that does not ..."): its negation qualifies a noun
    };

    std::vector<token> const& toks_;
    word_facts& memo_;
    claim_form c_;
    claim_lists l_; // packed into the form at the end
    once_list terms_, hedges_, boosters_, times_, predicates_, finite_, names_, negated_;
    std::vector<std::string> lowers_;
    std::vector<g::claim_word> cls_;
    std::vector<word_view> lower_words_, bases_;
    clause_state clause_;
};

claim_form analyse_tokens(std::string_view text, std::vector<token> const& toks) { return claim_reader(text, toks).read(); }

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
