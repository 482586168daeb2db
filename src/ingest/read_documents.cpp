#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "ingest/ingest_sinks.hpp"
#include "ingest/readers.hpp"
#include "verbatim/ingest.hpp"

namespace verbatim {

namespace {

namespace fs = std::filesystem;

enum class input_format { txt, jsonl, csv };

std::string lower_extension(fs::path const& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return extension;
}

/// The format a folder entry is read as, or nothing for files a folder walk leaves alone.
std::optional<input_format> format_in_folder(fs::path const& path) {
    std::string const extension = lower_extension(path);
    if (extension == ".txt") return input_format::txt;
    if (extension == ".jsonl") return input_format::jsonl;
    if (extension == ".csv") return input_format::csv;
    return std::nullopt;
}

void read_stream(std::istream& in, input_format format, ingest::input_name const& name,
                 ingest::ingest_sinks& sinks) {
    switch (format) {
    case input_format::txt: ingest::read_txt(in, name, sinks); break;
    case input_format::jsonl: ingest::read_jsonl(in, name, sinks); break;
    case input_format::csv: ingest::read_csv(in, name, sinks); break;
    }
}

void read_file(fs::path const& path, input_format format, std::string id_stem, ingest::ingest_sinks& sinks) {
    ingest::input_name name{path.string(), std::move(id_stem)};
    errno = 0;
    std::ifstream in{path, std::ios::binary};
    if (!in) {
        int const error = errno;
        sinks.report(name.origin, 0, severity::error,
                     std::string{"cannot open file: "} + (error != 0 ? std::strerror(error) : "unknown error"));
        return;
    }
    sinks.count_file();
    read_stream(in, format, name, sinks);
}

void read_folder(fs::path const& folder, ingest::ingest_sinks& sinks) {
    std::vector<fs::path> files;
    std::error_code error;
    fs::recursive_directory_iterator it{folder, fs::directory_options::skip_permission_denied, error};
    for (fs::recursive_directory_iterator const end; !error && it != end; it.increment(error)) {
        std::error_code type_error;
        if (it->is_regular_file(type_error) && format_in_folder(it->path())) files.push_back(it->path());
    }
    if (error) {
        sinks.report(folder.string(), 0, severity::error, "cannot read folder: " + error.message());
    }
    // Directory order is whatever the file system gives; sorting makes output reproducible.
    std::sort(files.begin(), files.end());
    for (auto const& file : files) {
        fs::path id = file.lexically_relative(folder);
        if (id.empty()) id = file.filename();
        id.replace_extension();
        read_file(file, *format_in_folder(file), id.generic_string(), sinks);
    }
}

} // namespace

ingest_stats read_documents(std::vector<std::string> const& paths, document_sink const& on_document,
                            diagnostic_sink const& on_diagnostic) {
    ingest::ingest_sinks sinks{on_document, on_diagnostic};
    for (auto const& given : paths) {
        if (given == "-") {
            sinks.count_file();
            read_stream(std::cin, input_format::jsonl, ingest::input_name{"-", "stdin"}, sinks);
            continue;
        }
        fs::path const path{given};
        std::error_code error;
        auto const status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            sinks.report(given, 0, severity::error,
                         "cannot read: " + (error ? error.message() : std::string{"no such file or folder"}));
            continue;
        }
        if (fs::is_directory(status)) {
            read_folder(path, sinks);
            continue;
        }
        // A file named directly is read whatever its extension; unknown ones as plain text.
        read_file(path, format_in_folder(path).value_or(input_format::txt), path.stem().string(), sinks);
    }
    return sinks.stats();
}

} // namespace verbatim
