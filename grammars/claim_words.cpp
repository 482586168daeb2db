// claim_words.cpp — the word lists a claim is normalised with (hedges, boosters, negators,
// stance words, antonyms, numbers) and the English base-form rules. Loaded once, on first use.
#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "language.hpp"
#include "lexicon.hpp"

namespace verbatim::grammars {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/// Regular English suffixes, stripped so that every inflection of a word folds the same way.
std::string strip_suffixes(std::string s) {
    auto ends = [&](std::string_view suf) { return s.size() > suf.size() + 2 && s.ends_with(suf); };
    if (!std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return s; // numbers, foreign letters
    if (ends("ies") || ends("ied")) s.replace(s.size() - 3, 3, "y");
    else if (ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes")) s.resize(s.size() - 2);
    else if (ends("ing")) s.resize(s.size() - 3);
    else if (ends("ed")) s.resize(s.size() - 2);
    else if (ends("s") && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is")) s.resize(s.size() - 1);
    // A doubled final consonant (stopped -> stopp) and a final e (agree, making -> mak) fold away.
    if (s.size() > 3 && s[s.size() - 1] == s[s.size() - 2] && !is_vowel(s.back())) s.pop_back();
    if (s.size() > 3 && s.back() == 'e') s.pop_back();
    return s;
}

using string_hash = word_hash; // (lexicon.hpp: looked up by view, hashed inline)
using string_set = std::unordered_set<std::string, string_hash, std::equal_to<>>;
template <typename V> using string_map = std::unordered_map<std::string, V, string_hash, std::equal_to<>>;

struct claim_lexicon {
    string_map<std::string> irregular;
    string_set stopwords;
    // a -> b -> kind, with a < b (base forms): looked up by view, no key string built per call.
    std::unordered_map<std::string, std::unordered_map<std::string, antonym_kind, string_hash, std::equal_to<>>, string_hash,
                       std::equal_to<>>
        antonyms;
    string_set has_antonym;
    string_map<stance_word> stance;
    string_map<std::pair<double, bool>> numbers;
    // Phrases by their first word: (rest of the phrase, class).
    string_map<std::vector<std::pair<std::vector<std::string>, claim_word>>> phrases;
};

std::vector<std::string> words_of(std::string_view line) {
    std::vector<std::string> out;
    for (auto w : split_words(line)) out.push_back(lower_ascii(w));
    return out;
}

std::string fold(claim_lexicon const& lx, std::string_view word) {
    auto w = lower_ascii(word);
    if (auto it = lx.irregular.find(w); it != lx.irregular.end()) return strip_suffixes(it->second);
    return strip_suffixes(std::move(w));
}

claim_lexicon load() {
    claim_lexicon lx;
    for (auto line : word_list_entries("en/irregular_forms")) {
        auto w = words_of(line);
        if (w.size() == 2) lx.irregular.emplace(w[0], w[1]);
    }
    for (auto line : word_list_entries("en/stopwords"))
        for (auto& w : words_of(line)) {
            lx.stopwords.insert(w);
            lx.stopwords.insert(fold(lx, w));
        }
    for (auto line : word_list_entries("en/antonyms")) {
        auto w = words_of(line);
        if (w.size() != 3 || (w[0] != "a" && w[0] != "v")) continue;
        auto a = fold(lx, w[1]), b = fold(lx, w[2]);
        if (a == b) continue;
        if (b < a) std::swap(a, b);
        lx.antonyms[a].emplace(b, w[0] == "a" ? antonym_kind::adjective : antonym_kind::verb);
        lx.has_antonym.insert(a);
        lx.has_antonym.insert(b);
    }
    for (auto line : word_list_entries("en/stance")) {
        auto w = words_of(line);
        if (w.size() < 2 || (w[0] != "+" && w[0] != "-")) continue;
        lx.stance[fold(lx, w[1])] = stance_word{w[0] == "+" ? 1 : -1, w.size() > 2 && w[2] == "both"};
    }
    for (auto line : word_list_entries("en/number_words")) {
        auto w = words_of(line);
        bool mult = !w.empty() && w[0] == "*";
        if (mult) w.erase(w.begin());
        if (w.size() == 2) lx.numbers[w[0]] = {std::strtod(w[1].c_str(), nullptr), mult};
    }
    auto phrases = [&](std::string_view list, claim_word cls) {
        for (auto line : word_list_entries(list)) {
            auto w = words_of(line);
            if (w.empty()) continue;
            auto first = w.front();
            w.erase(w.begin());
            lx.phrases[first].emplace_back(std::move(w), cls);
        }
    };
    phrases("en/negators", claim_word::negator);
    phrases("en/hedges", claim_word::hedge);
    phrases("en/boosters", claim_word::booster);
    return lx;
}

claim_lexicon const& lexicon_of_claims() {
    static claim_lexicon const lx = load(); // thread-safe static initialisation
    return lx;
}

} // namespace

std::string base_form(std::string_view word) { return fold(lexicon_of_claims(), word); }

bool is_stopword(std::string_view base) { return lexicon_of_claims().stopwords.contains(base); }

bool has_antonym(std::string_view base) { return lexicon_of_claims().has_antonym.contains(base); }

antonym_kind antonyms(std::string_view a, std::string_view b) {
    if (a == b) return antonym_kind::none;
    if (b < a) std::swap(a, b);
    auto const& m = lexicon_of_claims().antonyms;
    auto outer = m.find(a);
    if (outer == m.end()) return antonym_kind::none;
    auto inner = outer->second.find(b);
    return inner == outer->second.end() ? antonym_kind::none : inner->second;
}

bool is_copula(std::string_view w) {
    static constexpr std::string_view words[] = {"is", "are", "was", "were", "be", "been", "being", "am", "remain", "remains",
                                                 "remained", "become", "becomes", "became", "seem", "seems", "seemed", "looks",
                                                 "get", "gets", "got", "stay", "stays", "stayed"};
    for (auto x : words)
        if (x == w) return true;
    return false;
}

stance_word stance_of(std::string_view base) {
    auto const& m = lexicon_of_claims().stance;
    auto it = m.find(base);
    return it == m.end() ? stance_word{} : it->second;
}

std::optional<double> number_word_value(std::string_view lower_word, bool& multiplier) {
    auto const& m = lexicon_of_claims().numbers;
    auto it = m.find(lower_word);
    if (it == m.end()) return std::nullopt;
    multiplier = it->second.second;
    return it->second.first;
}

std::pair<claim_word, std::size_t> match_claim_word(std::vector<std::string> const& words, std::size_t i) {
    auto const& m = lexicon_of_claims().phrases;
    if (i >= words.size()) return {claim_word::none, 0};
    auto it = m.find(words[i]);
    if (it == m.end()) return {claim_word::none, 0};
    std::pair<claim_word, std::size_t> best{claim_word::none, 0};
    for (auto const& [rest, cls] : it->second) {
        if (i + 1 + rest.size() > words.size()) continue;
        bool ok = true;
        for (std::size_t k = 0; k < rest.size() && ok; ++k) ok = words[i + 1 + k] == rest[k];
        if (ok && rest.size() + 1 > best.second) best = {cls, rest.size() + 1};
    }
    return best;
}

} // namespace verbatim::grammars
