# syntax=docker/dockerfile:1
# cse-local: local emulator of the Huawei Cloud CSE engine-management API.
# Build: docker build -t cse-local .    Run: docker run -p 8080:8080 cse-local

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/cse-local-*.jar extract --layers --launcher --destination /build/extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system cselocal && useradd --system --gid cselocal --home-dir /app --shell /usr/sbin/nologin cselocal
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER cselocal

# Every setting is an environment variable (see the README); these are the defaults.
ENV SERVER_PORT=8080 \
    CSELOCAL_AUTH_MODE=permissive \
    CSELOCAL_JOBS_STAGE_DURATION=2s \
    CSELOCAL_VERSIONS=2.3.1,2.3.4,2.4.0 \
    CSELOCAL_REGION=cn-north-4
EXPOSE 8080

HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["java", "-cp", "/app/BOOT-INF/classes", "io.cselocal.HealthProbe"]

ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
