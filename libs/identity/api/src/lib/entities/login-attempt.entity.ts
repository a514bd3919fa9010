import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed and successful logins, kept in the database so throttling holds across API processes. */
@Entity('login_attempts')
@Index('login_attempts_email_idx', ['email', 'createdAt'])
@Index('login_attempts_address_idx', ['address', 'createdAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
