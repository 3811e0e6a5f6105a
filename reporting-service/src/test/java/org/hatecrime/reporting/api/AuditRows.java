package org.hatecrime.reporting.api;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log, so tests can show that an access was recorded, by whom and why. */
@ApplicationScoped
public class AuditRows {

    private final AgroalDataSource dataSource;

    AuditRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Row(String actor, String action, String purpose) {
    }

    public List<Row> about(String objectId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select actor, action, purpose from audit_log where object_id = ? order by seq")) {
            statement.setString(1, objectId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getString(2), result.getString(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
