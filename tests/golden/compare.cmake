# Runs `verbatim quotes --format jsonl INPUT` and compares the output with EXPECTED, whole.
execute_process(COMMAND ${VERBATIM} quotes --quiet --format jsonl ${INPUT}
                OUTPUT_VARIABLE actual RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "verbatim exited with ${rc}")
endif()
file(READ ${EXPECTED} expected)
if(NOT actual STREQUAL expected)
  get_filename_component(name ${EXPECTED} NAME)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${name}.actual "${actual}")
  message(FATAL_ERROR "output differs from ${EXPECTED}; got ${CMAKE_CURRENT_BINARY_DIR}/${name}.actual\n"
                      "diff -u ${EXPECTED} ${CMAKE_CURRENT_BINARY_DIR}/${name}.actual")
endif()
