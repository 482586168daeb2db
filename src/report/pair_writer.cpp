// report/pair_writer.cpp — one JSON line per compared pair: the input's other columns, then
// the relation and its evidence.
#include <ostream>

#include <fmt/format.h>

#include "report/json.hpp"
#include "verbatim/report.hpp"

namespace verbatim {

void write_pair_judgement(std::ostream& out, claim_pair const& pair, judgement const& j) {
    std::string line = "{";
    for (auto const& [name, value] : pair.columns) line += json_string(name) + ": " + json_string(value) + ", ";
    line += fmt::format("\"relation\": {}, \"rule\": {}, \"similarity\": {:.3f}, \"reasons\": [", json_string(to_string(j.rel)),
                        json_string(j.rule), j.similarity);
    for (std::size_t i = 0; i < j.reasons.size(); ++i) line += (i ? ", " : "") + json_string(j.reasons[i]);
    line += "]}\n";
    out << line;
}

} // namespace verbatim
