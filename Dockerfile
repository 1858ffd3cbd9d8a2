# syntax=docker/dockerfile:1
# cse-local: local emulator of the Huawei Cloud CSE engine-management API.
# Build: docker build -t cse-local .    Run: docker run --rm -p 8080:8080 cse-local

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/cse-local-*.jar extract --destination /build/extracted \
 && mv /build/extracted/cse-local-*.jar /build/extracted/cse-local.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system cselocal && useradd --system --gid cselocal --home-dir /app --shell /usr/sbin/nologin cselocal
WORKDIR /app
COPY --from=build /build/extracted/lib ./lib
COPY --from=build /build/extracted/cse-local.jar ./cse-local.jar
# A class-data-sharing archive from a training start halves the start-up time.
RUN java -XX:ArchiveClassesAtExit=cse-local.jsa -Dspring.context.exit=onRefresh -jar cse-local.jar \
      --logging.level.root=WARN \
 && chown -R cselocal:cselocal /app
USER cselocal

# Every setting is an environment variable (see the README); these are the defaults.
ENV SERVER_PORT=8080 \
    CSELOCAL_AUTH_MODE=permissive \
    CSELOCAL_JOBS_STAGE_DURATION=2s \
    CSELOCAL_VERSIONS=2.3.1,2.3.4,2.4.0 \
    CSELOCAL_REGION=cn-north-4 \
    CSELOCAL_ENGINES_QUOTA=5
EXPOSE 8080

HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["java", "-cp", "/app/cse-local.jar", "io.cselocal.HealthProbe"]

ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/cse-local.jsa", "-jar", "/app/cse-local.jar"]
