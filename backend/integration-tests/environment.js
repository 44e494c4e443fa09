/**
 * Node's test environment, with one change: a failed test's errors are made plain (message, stack,
 * matcher result). A jest worker sends each file's results to the main process as JSON, and an HTTP
 * client's error holds its request and response, which point at each other: the worker crashed
 * ("Converting circular structure to JSON"), was retried four times, and the file's real failure was
 * never shown. Every error is copied, not only those JSON.stringify refuses: axios's errors pass that
 * check through their toJSON, yet the worker still meets the request/response circle.
 */
const { TestEnvironment } = require("jest-environment-node")

function writableAsJson(value) {
  try {
    JSON.stringify(value)
    return true
  } catch {
    return false
  }
}

function plain(error) {
  if (!error || typeof error !== "object") return error
  const copy = new Error(typeof error.message === "string" ? error.message : String(error))
  copy.name = typeof error.name === "string" ? error.name : "Error"
  copy.stack = typeof error.stack === "string" ? error.stack : copy.stack
  if (error.matcherResult && writableAsJson(error.matcherResult)) copy.matcherResult = error.matcherResult
  return copy
}

class IntegrationEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === "test_done") {
      event.test.errors = event.test.errors.map((entry) => (Array.isArray(entry) ? entry.map(plain) : plain(entry)))
    }
  }
}

module.exports = IntegrationEnvironment
