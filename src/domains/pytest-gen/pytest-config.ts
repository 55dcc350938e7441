/**
 * The pytest_config context: the pytest.ini of the project the tests run in (the truth tests
 * write exactly this file). The fixture module sits at the root, the tests in tests/, and
 * `pythonpath = .` lets `from <module> import ...` work without a conftest.py.
 */
export const PYTEST_INI = `# pytest.ini
[pytest]
pythonpath = .
testpaths = tests
# pytest-asyncio is not installed: test a coroutine function by calling asyncio.run(...) inside a plain test function.
`;
