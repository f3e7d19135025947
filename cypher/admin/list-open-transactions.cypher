// The transactions running right now other than this one (fault tests wait for a write to be in flight before they
// kill the loader or Neo4j, so the kill lands mid-transaction).
// params: none
// columns: transactionId, currentQuery, status
SHOW TRANSACTIONS YIELD transactionId, currentQuery, status
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN transactionId, currentQuery, status
